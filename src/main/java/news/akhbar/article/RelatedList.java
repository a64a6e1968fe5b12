package news.akhbar.article;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RelatedArticles")
public record RelatedList(@Schema(required = true) List<RelatedArticle> items) {}
