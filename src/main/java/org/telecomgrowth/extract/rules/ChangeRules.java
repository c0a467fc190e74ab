package org.telecomgrowth.extract.rules;

import java.util.regex.Pattern;

/**
 * The change dimension: whether a number states a level (the value at its period), a change of a level ("added 2
 * million", "net additions of", "grew by 300,000"), an earlier level ("up from 5.3 million"), or a level planned or
 * forecast for the future ("will have 25 million by 2009", "aims to reach", "is expected to").
 */
public final class ChangeRules {
  private ChangeRules() {}

  private static final String FILLER = "(?:\\s+(?:a|an|the|net|some|about|around|nearly|almost|over|more\\s+than|"
      + "approximately|roughly|another|further|additional|of|just|only|total\\s+of))*(?:\\s*\\|)?\\s*$";
  // "added 2 million", "rose by 660,000", "net additions of 1.2 million", "an increase of 863,803", "or a net 2.4"
  private static final Pattern CHANGE_BEFORE = Pattern.compile(
      "\\b(?:add(?:ed|s|ing)?|gain(?:ed|s|ing)?|shed(?:s|ding)?|los(?:t|es|ing)|net\\s+(?:additions?|adds?|gains?|"
          + "loss(?:es)?)(?:\\s+(?:of|were|was|stood\\s+at|reached|totall?ed))?|(?:rose|risen|grew|grown|increased|"
          + "fell|fallen|dropped|declined|decreased|jumped|climbed|surged|expanded|contracted|up|down|rising|"
          + "growing|falling|increasing|decreasing|rises|grows|falls|increases|decreases|declines|drops|jumps|climbs)"
          + "\\s+by|(?<![\\p{L}])(?<!made\\s|make\\s|makes\\s|making\\s|ended\\s|picked\\s)(?:up|down)|(?:an?\\s+)?(?:increase|decrease|rise|drop|decline|growth|"
          + "fall|gain|loss|addition)\\s+of|or\\s+a\\s+net|a\\s+net)" + FILLER, Pattern.CASE_INSENSITIVE);
  // "863,803 new subscriptions", "2 million additional lines"
  private static final Pattern CHANGE_AFTER = Pattern.compile(
      "^\\s+(?:new|additional|more|net\\s+new|net\\s+additions?|fewer)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern CHANGE_IN_CLAUSE = Pattern.compile(
      "\\bnet\\s+(?:additions?|adds?|gains?|loss(?:es)?)\\b|\\bnew\\s+(?:subscribers|subscriptions|connections|"
          + "customers|lines|users)\\b", Pattern.CASE_INSENSITIVE);
  // "up from 5.3 million", "compared with 20 million", "from 22.19 million at the end of August"
  private static final Pattern EARLIER_BEFORE = Pattern.compile(
      "\\b(?:from|compared\\s+(?:with|to)|against|versus|vs\\.?|previously|formerly|earlier)"
          + "(?:\\s+(?:a|an|the|just|only|about|around|some|over|under|more\\s+than|less\\s+than|fewer\\s+than|"
          + "nearly|almost|roughly|approximately|a\\s+mere))*\\s*$", Pattern.CASE_INSENSITIVE);
  // Future, plans, targets, forecasts: anywhere in the clause before the number, or right after it
  private static final Pattern FUTURE = Pattern.compile(
      "\\b(?:will|shall|would|(?:is|are|was|were)\\s+(?:expected|projected|forecast|predicted|set|likely)\\s+to"
          + "|expects?|expected|projects?\\s+(?:that|to)|projected|projection|projections|forecasts?|"
          + "forecasted|predicts?|predicted|aims?\\s+(?:to|at|for)|aiming|targets?|targeted|targeting|plans?\\s+to|"
          + "planned|goal\\s+(?:of|is)|envisages?|envisaged|anticipates?|anticipated|could\\s+reach|may\\s+reach|"
          + "should\\s+reach|to\\s+be\\s+reached|hopes?\\s+to|seeks?\\s+to|ambition)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final LiteralGate FUTURE_GATE = LiteralGate.anyOf("will", "shall", "would", "expect", "project",
      "forecast", "predict", "aim", "target", "plan", "goal", "envisag", "anticipat", "could", "may", "should",
      "to be reached", "hope", "seek", "ambition");

  // a literal every match of CHANGE_BEFORE / EARLIER_BEFORE contains (lower case): their cheap pre-checks
  private static final LiteralGate CHANGE_GATE = LiteralGate.anyOf("add", "gain", "shed", "los", "net", " by",
      "increase", "decrease", "rise", "drop", "decline", "growth", "fall", "addition", "up", "down");
  private static final LiteralGate EARLIER_GATE = LiteralGate.anyOf("from", "compared", "against", "versus", "vs",
      "previously", "formerly", "earlier");

  /** Whether the number at [start, end) states a change of a level rather than the level. */
  public static boolean isChange(String s, int clauseStart, int start, int end) {
    String before = s.substring(Math.max(clauseStart, start - 60), start);
    if (CHANGE_GATE.mayMatch(before.toLowerCase(java.util.Locale.ROOT)) && CHANGE_BEFORE.matcher(before).find()) {
      return true;
    }
    String after = s.substring(end, Math.min(s.length(), end + 24));
    if (CHANGE_AFTER.matcher(after).find()) {
      return true;
    }
    // "Net additions of mobile subscribers reached 1.2 million"
    String clause = s.substring(clauseStart, start);
    String lowerClause = clause.toLowerCase(java.util.Locale.ROOT);
    return (lowerClause.contains("net ") || lowerClause.contains("new ")) && CHANGE_IN_CLAUSE.matcher(clause).find();
  }

  /** Whether the number is an earlier level named only for comparison ("up from 5.3 million"). */
  public static boolean isEarlierValue(String s, int clauseStart, int start) {
    String before = s.substring(Math.max(clauseStart, start - 40), start);
    return EARLIER_GATE.mayMatch(before.toLowerCase(java.util.Locale.ROOT)) && EARLIER_BEFORE.matcher(before).find();
  }

  /** Whether {@code text} ends in words that open a change ("declines by", "added", "an increase of"): a table label. */
  public static boolean endsInChange(String text) {
    return CHANGE_GATE.mayMatch(text.toLowerCase(java.util.Locale.ROOT)) && CHANGE_BEFORE.matcher(text).find();
  }

  /** Whether the clause states a plan, target or forecast for the number at [start, end). */
  public static boolean isProjection(String s, int clauseStart, int clauseEnd, int start, int end) {
    String window = s.substring(clauseStart, Math.min(clauseEnd, Math.max(start, end + 40)));
    if (!FUTURE_GATE.mayMatch(window.toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    return FUTURE.matcher(s.substring(clauseStart, start)).find()
        || FUTURE.matcher(s.substring(end, Math.min(clauseEnd, end + 40))).find();
  }
}
