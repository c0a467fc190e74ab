package org.telecomgrowth.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.telecomgrowth.extract.rules.DateRules.DateMention;
import org.telecomgrowth.model.Observation;

/**
 * The period a news story's lead gives its figures. When the lead's first sentence of figures under the title states
 * their period ("At the close of 2017 the regulator counted 2.4 million mobile broadband accesses") and no other date
 * written out in the lead's sentences names another time, a figure of a later paragraph of the same section whose
 * sentence names no date at all ("The number of mobile subscribers rose to 5.97 million") is of that period. A first
 * sentence of figures without a date, a lead that names two periods ("as of 2007" beside "from 2002"), a relative date
 * ("now", "last year") or the dateline alone give none: the later figures stay undated. Comparison bases ("up 4% on
 * 2021") are left out by the caller. Decided when the whole document has been read.
 */
final class StoryPeriod {
  private record Waiting(Observation o, DocumentLayout.Paragraph p) {}

  private DateMention period; // the first sentence of figures' period, or null
  private boolean decided; // the lead's first sentence of figures has been read
  private final List<DateMention> leadDates = new ArrayList<>(); // every date written out in the lead
  private DocumentLayout.Paragraph leadParagraph; // where the first sentence of figures stated it
  private final List<Waiting> waiting = new ArrayList<>();

  /**
   * Notes the lead's first sentence that publishes figures, in paragraph {@code p}, and the period it states for them
   * (null: none, and then the story has none). Later sentences of figures do not change it.
   */
  void noteFirstFigures(DateMention stated, DocumentLayout.Paragraph p) {
    if (decided) {
      return;
    }
    decided = true;
    if (stated != null && writtenOut(stated)) {
      period = stated;
      leadParagraph = p;
    }
  }

  /** Notes a date written out in a sentence of the lead (not a comparison's base, not the dateline). */
  void noteLeadDate(DateMention d) {
    if (writtenOut(d)) {
      leadDates.add(d);
    }
  }

  /** Notes an undated figure of paragraph {@code p} whose sentence names no date, to take the story's period. */
  void awaitPeriod(Observation o, DocumentLayout.Paragraph p) {
    waiting.add(new Waiting(o, p));
  }

  /** Dates the waiting figures of later paragraphs of the lead's section with the lead's one period. */
  void dateWaiting() {
    if (period == null) {
      return;
    }
    for (DateMention d : leadDates) {
      // "at the end of September 2025" and "in the third quarter of 2025" are one period
      if (!within(d, period) && !within(period, d)) {
        return;
      }
    }
    for (Waiting w : waiting) {
      if (w.p().index() > leadParagraph.index() && w.p().field() == null
          && Objects.equals(w.p().section(), leadParagraph.section())
          && w.o().getPeriodStart() == null) {
        w.o().setPeriodStart(period.from());
        w.o().setPeriodEnd(period.to());
      }
    }
  }

  // "now", "last year", "two years ago": a date the text's own date resolves is no period of a story
  private static boolean writtenOut(DateMention d) {
    return !d.relative() && !d.undated() && d.shift() == null;
  }

  private static boolean within(DateMention inner, DateMention outer) {
    return !inner.from().isBefore(outer.from()) && !inner.to().isAfter(outer.to());
  }
}
