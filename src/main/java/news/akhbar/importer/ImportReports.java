package news.akhbar.importer;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import news.akhbar.common.http.PageInfo;
import news.akhbar.common.http.PageRequest;
import news.akhbar.common.http.Paged;
import news.akhbar.common.time.Times;

/** Keeps each import's report and reads them back, newest first. */
@ApplicationScoped
class ImportReports {

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Transactional
    ImportReport keep(ImportReport report, long accountId) {
        KeptReport kept = new KeptReport();
        kept.format = report.format();
        kept.createdAt = Times.now(clock);
        kept.createdBy = accountId;
        kept.report = "{}";
        kept.persist();
        kept.flush();
        ImportReport withId = report.kept(kept.id, kept.createdAt);
        kept.report = write(withId);
        return withId;
    }

    @Transactional
    Optional<ImportReport> find(long id) {
        return KeptReport.<KeptReport>findByIdOptional(id).map(this::read);
    }

    @Transactional
    Paged<ImportReport> list(PageRequest page) {
        long total = KeptReport.count();
        List<ImportReport> items =
                KeptReport.<KeptReport>find("order by createdAt desc, id desc")
                        .range(page.first(), page.last())
                        .list()
                        .stream()
                        .map(this::read)
                        .toList();
        return new Paged<>(items, PageInfo.of(page, total));
    }

    private String write(ImportReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ImportReport read(KeptReport kept) {
        try {
            return json.readValue(kept.report, ImportReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A kept import report is not readable: " + kept.id, e);
        }
    }
}
