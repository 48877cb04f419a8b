package org.nstac.portal.consultation.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.nstac.portal.consultation.application.Comments;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Comments a page at a time for a PrimeFaces lazy table: one count and one page query, however many comments there
 * are. The page bean says where they come from (which consultation, which filters, as whom).
 */
final class CommentModel extends LazyDataModel<Comments.CommentView> {

    private static final long serialVersionUID = 1L;

    /** Where the comments come from. */
    interface Source extends Serializable {
        long count();

        List<Comments.CommentView> rows(int first, int size);
    }

    private final Source source;

    CommentModel(Source source) {
        this.source = source;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) source.count();
    }

    @Override
    public List<Comments.CommentView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        return source.rows(first, pageSize);
    }

    @Override
    public String getRowKey(Comments.CommentView comment) {
        return Long.toString(comment.id());
    }

    @Override
    public Comments.CommentView getRowData(String rowKey) {
        return null;
    }
}
