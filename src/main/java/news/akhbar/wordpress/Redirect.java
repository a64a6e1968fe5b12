package news.akhbar.wordpress;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Redirect", description = "Where an old address of the site lives now; the same as `Location`.")
public record Redirect(
        @Schema(
                required = true,
                description = "The new page on the publisher's site.",
                examples = "https://taifpost.example/articles/%D8%AA%D9%81%D8%A7%D8%B5%D9%8A%D9%84")
        String location,

        @Schema(
                required = true,
                enumeration = {"article", "category", "tag", "author"})
        String kind,

        @Schema(
                required = true,
                description = "The slug of what the address names, as the native API takes it.",
                examples = "تفاصيل-جديدة")
        String slug) {}
