import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a deterministic Arabic news dataset in the import format (NDJSON) to standard output: 50 authors,
 * 20 categories (4 sections with 4 sub-sections each), 200 tags and N articles of about 600 words over ten years,
 * each with one to three authors, a category and two to four tags (a few tags are much more common than the others,
 * as in a real archive), and about N comments after its article: most articles have none or one, a few have dozens,
 * a quarter are replies, one in ten is pending. The same N and seed always give the same bytes.
 *
 * <pre>java src/test/bench/GenerateDataset.java 10000 [seed] > dataset.ndjson</pre>
 */
public class GenerateDataset {

    static final String[] WORDS = ("أعلنت الحكومة اليوم عن خطة جديدة لتحسين الخدمات العامة في المدن والأرياف وقال "
            + "المتحدث الرسمي إن المشروع يشمل الكهرباء والمياه والطرق والمدارس والمستشفيات وأضاف أن التنفيذ سيبدأ "
            + "خلال الأشهر المقبلة بتمويل محلي ودولي وأكد وزير الاقتصاد أن الأسعار ستبقى مستقرة رغم الضغوط وأشار "
            + "خبراء إلى أن الأسواق تفاعلت إيجابيا مع القرار بينما طالب نواب بمزيد من الشفافية في الإنفاق وفي دمشق "
            + "اجتمع ممثلو النقابات مع رئيس الوزراء لبحث الأجور وفرص العمل للشباب والنساء وفي حلب افتتحت بلدية "
            + "المدينة سوقا جديدا للمنتجات الزراعية وعلى الصعيد الدولي رحبت الأمم المتحدة بالخطوة ودعت إلى دعم "
            + "اللاجئين العائدين إلى قراهم وفي الرياضة فاز المنتخب الوطني في مباراة ودية استعدادا للبطولة القارية "
            + "وسجل المهاجم هدفين في الشوط الثاني وفي الثقافة افتتح مهرجان السينما دورته الجديدة بعرض فيلم وثائقي "
            + "عن تاريخ المدينة القديمة وتحدث المخرج عن صعوبات التصوير وفي التكنولوجيا أطلقت شركة ناشئة تطبيقا "
            + "لتعليم البرمجة باللغة العربية وقال مؤسسها إن آلاف الطلاب سجلوا خلال الأسبوع الأول وتوقعت الأرصاد "
            + "الجوية أمطارا غزيرة في المناطق الساحلية وانخفاضا في درجات الحرارة مع رياح قوية في البادية")
            .split(" ");

    static final String[] SECTIONS = {"أخبار", "اقتصاد", "رياضة", "ثقافة"};
    static final String[] SUBSECTIONS = {"محلية", "عربية", "دولية", "تحليلات"};
    static final String[] NAMES = {"رامي", "سلمى", "خالد", "ليلى", "عمر", "هدى", "يوسف", "نور", "باسل", "ريم"};
    static final String[] FAMILIES = {"الفاخوري", "الحسن", "العلي", "الخطيب", "النجار"};

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Random random = new Random(args.length > 1 ? Long.parseLong(args[1]) : 2025L);
        var out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);

        List<String> authors = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String slug = "author-" + (i + 1);
            authors.add(slug);
            String name = NAMES[i % NAMES.length] + " " + FAMILIES[i / NAMES.length % FAMILIES.length] + " " + (i + 1);
            out.write("{\"type\":\"author\",\"slug\":\"" + slug + "\",\"displayName\":\"" + name + "\",\"bio\":\""
                    + sentence(random, 25) + "\",\"lang\":\"ar\"}\n");
        }
        List<String> categories = new ArrayList<>();
        for (String section : SECTIONS) {
            out.write("{\"type\":\"category\",\"name\":\"" + section + "\"}\n");
            for (String sub : SUBSECTIONS) {
                String name = section + " " + sub;
                categories.add(name.replace(' ', '-'));
                out.write("{\"type\":\"category\",\"name\":\"" + name + "\",\"parent\":\"" + section + "\"}\n");
            }
        }
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String name = WORDS[(i * 7) % WORDS.length] + " " + (i + 1);
            tags.add(name.replace(' ', '-'));
            out.write("{\"type\":\"tag\",\"name\":\"" + name + "\"}\n");
        }

        Instant first = Instant.parse("2016-01-01T06:00:00Z");
        long span = Duration.ofDays(3650).toSeconds();
        for (int i = 0; i < count; i++) {
            Instant published = first.plusSeconds(span * i / Math.max(1, count) + random.nextInt(3600));
            StringBuilder body = new StringBuilder();
            int paragraphs = 6 + random.nextInt(3);
            for (int p = 0; p < paragraphs; p++) {
                body.append("<p>").append(sentence(random, 600 / paragraphs)).append(".</p>");
            }
            StringBuilder authorList = new StringBuilder();
            int authorCount = 1 + (random.nextInt(10) == 0 ? 1 + random.nextInt(2) : 0);
            List<String> chosenAuthors = new ArrayList<>();
            while (chosenAuthors.size() < authorCount) {
                // Some authors write far more than others.
                String author = authors.get((int) (Math.pow(random.nextDouble(), 2) * authors.size()));
                if (!chosenAuthors.contains(author)) {
                    chosenAuthors.add(author);
                    authorList.append(authorList.isEmpty() ? "" : ",").append('"').append(author).append('"');
                }
            }
            StringBuilder tagList = new StringBuilder();
            List<String> chosenTags = new ArrayList<>();
            int tagCount = 2 + random.nextInt(3);
            while (chosenTags.size() < tagCount) {
                String tag = tags.get((int) (Math.pow(random.nextDouble(), 3) * tags.size()));
                if (!chosenTags.contains(tag)) {
                    chosenTags.add(tag);
                    tagList.append(tagList.isEmpty() ? "" : ",").append('"').append(tag).append('"');
                }
            }
            String title = sentence(random, 8 + random.nextInt(5)) + " " + (i + 1);
            out.write("{\"type\":\"article\",\"externalId\":\"gen-" + (i + 1) + "\",\"title\":\"" + title
                    + "\",\"body\":\"" + body + "\",\"lang\":\"ar\",\"status\":\"published\",\"publishedAt\":\""
                    + published + "\",\"authors\":[" + authorList + "],\"category\":\""
                    + categories.get(random.nextInt(categories.size())) + "\",\"tags\":[" + tagList + "]}\n");
            // The newest article, the one the benchmark reads, has a breaking story's thread.
            comments(out, random, i + 1, published, i == count - 1 ? 40 : -1);
        }
        out.flush();
    }

    static int commentCount;

    /** On average one comment per article: half the articles have none, one in fifty has about thirty. */
    static void comments(BufferedWriter out, Random random, int article, Instant published, int given)
            throws IOException {
        int roll = random.nextInt(100);
        int drawn = roll < 50 ? 0 : roll < 80 ? 1 : roll < 98 ? 1 + random.nextInt(3) : 15 + random.nextInt(30);
        int count = given >= 0 ? given : drawn;
        List<String> thread = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            String id = "gen-c-" + (++commentCount);
            String parent = !thread.isEmpty() && random.nextInt(4) == 0 ? thread.get(random.nextInt(thread.size())) : null;
            int reader = random.nextInt(5000);
            String name = NAMES[reader % NAMES.length] + " " + FAMILIES[reader / NAMES.length % FAMILIES.length];
            out.write("{\"type\":\"comment\",\"externalId\":\"" + id + "\",\"article\":\"gen-" + article + "\","
                    + (parent == null ? "" : "\"parent\":\"" + parent + "\",")
                    + "\"body\":\"" + sentence(random, 10 + random.nextInt(40)) + "\",\"authorName\":\"" + name
                    + "\",\"authorEmail\":\"reader" + reader + "@example.com\",\"status\":\""
                    + (random.nextInt(10) == 0 ? "pending" : "approved") + "\",\"createdAt\":\""
                    + published.plusSeconds(600 + 60L * c + random.nextInt(3600)) + "\"}\n");
            thread.add(id);
        }
    }

    static String sentence(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }
}
