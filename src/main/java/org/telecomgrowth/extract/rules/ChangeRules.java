package org.telecomgrowth.extract.rules;

import java.util.regex.Pattern;

/**
 * The change dimension: whether a number states a level (the value at its period), a change of a level ("added 2
 * million", "net additions of", "grew by 300,000"), an earlier level ("up from 5.3 million"), or a level planned or
 * forecast for the future ("will have 25 million by 2009", "aims to reach", "is expected to").
 */
public final class ChangeRules {
  private ChangeRules() {}

  // "grew by 7% or 195,571 to 2,992,690", "aumentó en 5% o 120.400": the count after "P% or" is the same change
  private static final String PERCENT_OR = "(?:\\s*\\d[\\d.,]*\\s*(?:%|per\\s*cent|percent|por\\s+ciento|por\\s+cento|"
      + "pour\\s+cent)\\s*,?\\s+(?:or|ou|o|soit|i\\.e\\.)(?![\\p{L}]))?";
  private static final String FILLER = "(?:\\s+(?:a|an|the|net|some|about|around|nearly|almost|over|more\\s+than|"
      + "approximately|roughly|another|further|additional|of|just|only|total\\s+of|combined))*" + PERCENT_OR
      + "(?:\\s*\\|)?\\s*$";
  // French, Spanish and Portuguese: "a gagné 200 000", "une baisse de 14 000", "ganó 741.000", "una ganancia de",
  // "aumentó en 40.658", "perde 6,67 milhões", "redução de 7.578.808", "mais 4,7 mil do que", "(+359 000)"
  private static final String ROMANCE_CHANGE_BEFORE = "(?:(?<![\\p{L}])(?:a\\s+|ont\\s+|avait\\s+)?(?:gagn[ée]s?|perdu|gagne|perd"
      + "|gan[óo]|ganaron|perdi[óo]|perdieron|pierden?|a[ñn]adi[óo]|agreg[óo]|ganhou|ganharam|perdeu|perderam|perdem?"
      // "se redujeron en 412,118", "cayeron en", "disminuyeron en"
      + "|(?:aument|increment|creci|cay|baj|disminuy|descendi|subi|retroced|reduj)(?:[óo]|ieron|eron|aron)\\s+en"
      // "diminuiu 1,2 milhão", "recuaram 412 mil", "cresceu em 300 mil"
      + "|(?:aument|cresc|sub|ca|diminu|recu|reduz)(?:ou|eu|iu|aram|eram|iram|ram)(?:\\s+em)?"
      // "a augmenté de 412 000", "ont diminué de", "progresse de" (not "a grimpé de 16 à 18 millions": a from-to)
      + "|(?:(?:a|ont|avait|avaient)\\s+)?(?:augment|progress|diminu|baiss|recul|chut|grimp)(?:é|e|ent)\\s+de"
      + "|(?:hausse|baisse|augmentation|progression|recul|diminution|perte|gain|croissance)\\s+(?:nette\\s+)?de"
      + "|(?:aumento|incremento|crecimiento|ganancia|p[ée]rdida|ca[íi]da|descenso|disminuci[óo]n|reducci[óo]n|alza|baja)"
      + "\\s+(?:neta\\s+)?de"
      + "|(?:aumento|acr[ée]scimo|adi[çc][ãa]o|crescimento|redu[çc][ãa]o|queda|diminui[çc][ãa]o|perda|ganho|recuo)"
      + "\\s+(?:l[íi]quid[oa]\\s+)?de"
      + "|mais|menos)|\\+)(?:\\s+(?:un|una|une|um|uma|environ|pr[èe]s\\s+de|cerca\\s+de|casi|quase|aproximadamente"
      // "perdió más de siete millones", "se redujeron en más de 1,16 millones", "a perdu plus de"
      + "|m[áa]s\\s+de|mais\\s+de|plus\\s+de|menos\\s+de|moins\\s+de|alrededor\\s+de|unos|unas))*"
      + PERCENT_OR + "\\s*$";
  private static final Pattern ROMANCE_CHANGE = Pattern.compile(ROMANCE_CHANGE_BEFORE,
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final LiteralGate ROMANCE_CHANGE_GATE = LiteralGate.anyOf("gagn", "perd", "pérd", "augment", "pert", "gain", "caíd", "caid", "pierd", "gan", "añadi",
      "anadi", "agreg", "ganh", "aument", "increment", "creci", "cay", "baj", "disminu", "descend", "subi", "retroced",
      "cresc", "sub", "caiu", "diminu", "recu", "reduz", "hausse", "baisse", "progression", "croissance", "alza", "acr",
      "adi", "queda", "redu", "mais", "menos", "progress", "diminu", "baiss", "recul", "chut", "grimp", "+");
  // "added 2 million", "rose by 660,000", "net additions of 1.2 million", "an increase of 863,803", "or a net 2.4"
  private static final Pattern CHANGE_BEFORE = Pattern.compile(
      "\\b(?:add(?:ed|s|ing)?|gain(?:ed|s|ing)?|shed(?:s|ding)?|los(?:t|es|ing)|net\\s+(?:additions?|adds?|gains?|"
          + "loss(?:es)?)(?:\\s+(?:of|were|was|stood\\s+at|reached|totall?ed))?|(?:rose|risen|grew|grown|increased|"
          + "fell|fallen|dropped|declined|decreased|jumped|climbed|surged|expanded|contracted|up|down|rising|"
          + "growing|falling|increasing|decreasing|rises|grows|falls|increases|decreases|declines|drops|jumps|climbs"
          // a headline's base form: "Telephone subscribers increase by 1.8 Million"
          + "|rise|grow|increase|decrease|fall|decline|drop|jump|climb|surge|soar"
          // "shrank by 220,000", "slipped by", "edged up by", "went down by"
          + "|shr[au]nk|shrinks|slipped|slid|dipped|tumbled|plunged|plummeted|soared|swelled|widened|narrowed|eased"
          + "|(?:edged|inched|went|moved|ticked)\\s+(?:up|down|higher|lower))"
          + "\\s+by|(?<![\\p{L}])(?<!made\\s|make\\s|makes\\s|making\\s|ended\\s|picked\\s)(?:up|down)|(?:an?\\s+)?(?:increase|decrease|rise|drop|decline|growth|"
          + "fall|gain|loss|addition|increment)\\s+of|or\\s+a\\s+net|a\\s+net"
          // "exceeding the country's population by about 5 million": a difference between two levels
          + "|(?:exceed(?:s|ed|ing)?|outnumber(?:s|ed|ing)?|surpass(?:es|ed|ing)?)(?:\\s+[\\p{L}'’]+){0,4}\\s+by)" + FILLER,
      Pattern.CASE_INSENSITIVE);
  // "863,803 new subscriptions", "2 million additional lines"
  // "down 0.2 mln from January 2011, 1.6 mln from February 2010": an amount counted from a date is a change (a level
  // is "in" or "at" its date)
  private static final String FROM_DATE = "^\\s+(?:from|since)\\s+(?:(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
      + "[a-z]*\\.?\\s+(?:19|20)\\d\\d|Q[1-4]\\s+(?:19|20)\\d\\d|(?:19|20)\\d\\d)\\b"
      // (not "to 2.9 million from March 2017 to March 2018": the span a level is reached over)
      + "(?!\\s*(?:to|-|–|until|through|and)\\s)";
  private static final Pattern FROM_DATE_AFTER = Pattern.compile(FROM_DATE);

  /** Whether the figure ending at {@code end} is counted from a date ("2.9% from February 2010"): a change. */
  public static boolean countedFromDate(String s, int end) {
    return FROM_DATE_AFTER.matcher(s).region(end, Math.min(s.length(), end + 40)).lookingAt();
  }

  private static final Pattern CHANGE_AFTER = Pattern.compile(
      "^\\s+(?:new|additional|more|net\\s+new|net\\s+additions?|fewer)\\b"
          + "|" + FROM_DATE
          // "900 000 unités supplémentaires", "un millón de nuevos abonados", "2 milhões de telefones a mais",
          // "185.000 menos que en 2016", "(152.000 menos)", "200 000 de plus"
          + "|^\\s+(?:de\\s+|d['’]\\s*)?(?:[\\p{L}-]+\\s+)?(?:suppl[ée]mentaires?|nouveaux|nouvelles|nuevas?|nuevos"
          + "|novas|novos|adicionales|adicionais|a\\s+mais|a\\s+menos|de\\s+plus|de\\s+moins|en\\s+plus|en\\s+moins"
          + "|menos(?=\\s*(?:que\\b|[),;.]))|m[áa]s\\s+que)(?![\\p{L}])"
          // "más de cinco millones por encima de las informadas", "2 millions au-dessus de", "acima das"
          + "|^\\s+(?:de\\s+|d['’]\\s*)?(?:[\\p{L}-]+\\s+)?(?:por\\s+encima|por\\s+debajo|au-dessus|en\\s+dessous|acima|abaixo)"
          + "\\s+d(?:e|o|a|os|as|u|es|el)?(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // Moves between operators and new uptake are flows, not levels: "2,065 millions de lignes ont été portées",
  // "6,5 millones de líneas cambiaron de operador", "1.2 million subscribers switched to", "5 million joined",
  // "started using", "opted to"; after the number in its clause
  private static final Pattern MOVED_AFTER = Pattern.compile(
      "^[^;:]{0,60}?(?<![\\p{L}])(?:ported|port(?:ed|ing)\\s+(?:in|out)|switched(?:\\s+(?:to|from|over))?|joined|started\\s+"
          + "using|opted\\s+(?:to|for)|changed\\s+(?:their\\s+)?(?:operators?|networks?|providers?)|migrated\\s+to"
          + "|port[ée]e?s|chang[ée]\\s+d['’]\\s*op[ée]rateur|portad[oa]s|cambiaron\\s+de\\s+(?:operador[a]?|compa[ñn][íi]a)"
          + "|mudaram\\s+de\\s+operadora|trocaram\\s+de\\s+operadora)(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // number portability named in the clause before the number: "MNP requests", "in-ports", "se portaron 184.253"
  private static final Pattern MOVED_BEFORE = Pattern.compile(
      "(?<![\\p{L}])(?:(?:mobile\\s+)?number\\s+portability|portability|MNP|in-ports?|out-ports?|portabilit[ée]"
          + "|portabilidad|portabilidade|se\\s+portaron|foram\\s+portados|cambiaron\\s+de\\s+operador[a]?"
          + "|changed\\s+operators?|switched\\s+operators?)(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final LiteralGate MOVED_GATE = LiteralGate.anyOf("port", "switch", "join", "started", "opted",
      "chang", "migrat", "cambiaron", "mudaram", "trocaram", "mnp");
  private static final Pattern CHANGE_IN_CLAUSE = Pattern.compile(
      "\\bnet\\s+(?:additions?|adds?|gains?|loss(?:es)?)\\b|\\bnew\\s+(?:subscribers|subscriptions|connections|"
          + "customers|lines|users)\\b", Pattern.CASE_INSENSITIVE);
  // "up from 5.3 million", "compared with 20 million", "from 22.19 million at the end of August"
  private static final Pattern EARLIER_BEFORE = Pattern.compile(
      "\\b(?:from|compared\\s+(?:with|to)|against|versus|vs\\.?|previously|formerly|earlier"
          // "al pasar de 64 millones a 115", "passou de 20 milhões", "est passé de 3 millions", "contre 60 % en 2016"
          + "|pas(?:ar|ó|o|aron|ando|sou|saram|sando|sar|sé|sée|sés|ser|sant|sait|saient)\\s+(?:de|d['’])|contre|frente\\s+a"
          + "|en\\s+comparaci[óo]n\\s+con|em\\s+compara[çc][ãa]o\\s+com|par\\s+rapport\\s+[àa]|comparé\\s+[àa])"
          + "(?:\\s+(?:a|an|the|just|only|about|around|some|over|under|more\\s+than|less\\s+than|fewer\\s+than|"
          + "nearly|almost|roughly|approximately|a\\s+mere|menos\\s+de|m[áa]s\\s+de|mais\\s+de|cerca\\s+de|unos|unas|"
          + "moins\\s+de|plus\\s+de|environ|pr[èe]s\\s+de|quase|casi|apenas|s[óo]lo|seulement))*\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // Future, plans, targets, forecasts: anywhere in the clause before the number, or right after it
  private static final Pattern FUTURE = Pattern.compile(
      "\\b(?:will|shall|would|(?:is|are|was|were)\\s+(?:expected|projected|forecast|predicted|set|likely)\\s+to"
          + "|expects?|expected|projects?\\s+(?:that|to)|projected|projection|projections|forecasts?|"
          + "forecasted|predicts?|predicted|aims?\\s+(?:to|at|for)|aiming|(?-i:targets?|targeted|targeting)|plans?\\s+to|"
          + "planned|goal\\s+(?:of|is)|envisages?|envisaged|anticipates?|anticipated|could\\s+reach|may\\s+reach|"
          + "should\\s+reach|to\\s+be\\s+reached|hopes?\\s+to|seeks?\\s+to|ambition)\\b"
          // "a meta de 58 milhões", "terá superado", "l'objectif de", "devrait atteindre", "prevé alcanzar"
          + "|(?<![\\p{L}])(?:metas?\\s+(?:de|é|era|fixada)|objetivos?\\s+de|objectifs?\\s+(?:de|d['’])|ter[áa]|ser[áa]"
          // "se propone llegar a los 27 millones", "planea alcanzar", "l'opérateur vise"
          + "|dever[áa]|devr(?:ait|a|aient|ont)|pr[ée]voit|prevé|prev[êe]|pretende|espera(?:-se)?\\s+que"
          + "|(?:se\\s+)?propone|planea|planeja|vise|visent"
          + "|alcanzar[áa]|atingir[áa]|atteindra|d['’]ici\\s+(?:à\\s+)?(?:la\\s+fin\\s+de\\s+)?20\\d\\d)(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final LiteralGate FUTURE_GATE = LiteralGate.anyOf("will", "shall", "would", "expect", "project",
      "forecast", "predict", "aim", "target", "plan", "goal", "envisag", "anticipat", "could", "may", "should",
      "to be reached", "hope", "seek", "ambition", "meta", "objetivo", "objectif", "ter", "ser", "dever", "devr",
      "prévoit", "prevoit", "prevé", "preve", "prevê", "pretende", "espera", "alcanzar", "atingir", "atteindra",
      "d'ici", "d’ici", "propone", "planea", "planeja", "vise");

  // a literal every match of CHANGE_BEFORE / EARLIER_BEFORE contains (lower case): their cheap pre-checks
  private static final LiteralGate CHANGE_GATE = LiteralGate.anyOf("add", "gain", "shed", "los", "net", " by",
      "increase", "decrease", "rise", "drop", "decline", "growth", "fall", "addition", "up", "down", "increment",
      "exceed", "outnumber", "surpass");
  private static final LiteralGate EARLIER_GATE = LiteralGate.anyOf("from", "compared", "against", "versus", "vs",
      "previously", "formerly", "earlier", "pas", "contre", "frente", "compara", "rapport");

  // "a grimpé de 16.977.104 lignes au premier trimestre à 18.012.450": French "de ... à" is a from-to, its first
  // number the earlier level
  private static final Pattern FRENCH_CHANGE_DE = Pattern.compile("(?iu)(?:augment|progress|diminu|baiss|recul|chut|grimp)"
      + "(?:é|e|ent)\\s+de\\s*$");
  private static final Pattern FRENCH_TO = Pattern.compile("(?iu)[^;:]{0,60}?\\s(?:à|a)\\s+(?:environ\\s+|près\\s+de\\s+|plus\\s+de\\s+)?\\d");

  // the second of two changes one noun of change governs: "an increase of 63,166 subscribers and approximately
  // 200,000 users", "une hausse de 12 000 abonnés et de 3 000 lignes"
  private static final Pattern CHANGES_LISTED = Pattern.compile("(?iu)(?<![\\p{L}])(?:increase|rise|growth|decrease|drop"
      + "|decline|fall|net\\s+additions?|additions?|gain|loss|hausse|baisse|augmentation|aumento|incremento|disminuci[óo]n"
      + "|crecimiento|reducci[óo]n|acr[ée]scimo|redu[çc][ãa]o)\\s+(?:of|de)\\s+(?:about|around|some|approximately|nearly"
      + "|environ|unos|unas|cerca\\s+de|aproximadamente)?\\s*\\d[\\d.,\\s]*(?:\\s*(?:million|thousand|millones|mil|millions"
      + "|milh[õo]es))?(?:\\s+[\\p{L}-]+){0,3}\\s+(?:and|y|et|e)\\s+(?:of\\s+|de\\s+)?(?:about|around|some|approximately"
      + "|nearly|environ|unos|unas|cerca\\s+de|aproximadamente)?\\s*$");

  /** Whether the number at [start, end) states a change of a level rather than the level. */
  public static boolean isChange(String s, int clauseStart, int start, int end) {
    String before = s.substring(Math.max(clauseStart, start - 60), start);
    String lowerBefore = before.toLowerCase(java.util.Locale.ROOT);
    if (CHANGE_GATE.mayMatch(lowerBefore) && CHANGE_BEFORE.matcher(before).find()) {
      return true;
    }
    if (LiteralGate.containsAny(lowerBefore, 0, lowerBefore.length(), " and ", " y ", " et ", " e ")) {
      String wider = s.substring(Math.max(clauseStart, start - 110), start);
      if (LiteralGate.containsAny(wider.toLowerCase(java.util.Locale.ROOT), 0, wider.length(), "increase", "rise",
          "growth", "decrease", "drop", "decline", "fall", "addition", "gain", "loss", "hausse", "baisse",
          "augmentation", "aumento", "incremento", "disminuci", "crecimiento", "reducci", "acr", "redu")
          && CHANGES_LISTED.matcher(wider).find()) {
        return true; // "an increase of 63,166 Internet subscribers and approximately 200,000 Internet users"
      }
    }
    if (ROMANCE_CHANGE_GATE.mayMatch(lowerBefore) && ROMANCE_CHANGE.matcher(before).find()
        && !(FRENCH_CHANGE_DE.matcher(before).find()
            && FRENCH_TO.matcher(s).region(end, Math.min(s.length(), end + 60)).lookingAt())) {
      return true;
    }
    String after = s.substring(end, Math.min(s.length(), end + 40));
    if (CHANGE_AFTER.matcher(after).find()) {
      return true;
    }
    String moved = s.substring(clauseStart, Math.min(s.length(), end + 60));
    if (MOVED_GATE.mayMatch(moved.toLowerCase(java.util.Locale.ROOT))
        && (MOVED_AFTER.matcher(s).region(end, Math.min(s.length(), end + 60)).lookingAt()
            || MOVED_BEFORE.matcher(s).region(ownClauseStart(s, clauseStart, start), Math.min(s.length(), end + 60))
                .find())) {
      // (not "Más allá de la portabilidad numérica, la Ursec informó que había 6.247.641 servicios móviles": an
      // opening phrase before the comma is no part of the figure's clause)
      return true;
    }
    // "Net additions of mobile subscribers reached 1.2 million"
    String clause = s.substring(clauseStart, start);
    String lowerClause = clause.toLowerCase(java.util.Locale.ROOT);
    return (lowerClause.contains("net ") || lowerClause.contains("new ")) && CHANGE_IN_CLAUSE.matcher(clause).find();
  }

  /** Where the figure's own part of its clause starts: after the last comma before it, else at the clause's start. */
  private static int ownClauseStart(String s, int clauseStart, int start) {
    int comma = s.lastIndexOf(',', start - 1);
    return comma >= clauseStart ? comma + 1 : clauseStart;
  }

  /**
   * Whether the clause before {@code start} speaks of moves between operators ("cambiaron de operadora 6,5 millones
   * de líneas, un 15% más", "MNP requests rose 12%"): a growth there is of a flow, not of a level.
   */
  public static boolean namesMove(String s, int clauseStart, int start) {
    String clause = s.substring(clauseStart, start);
    if (!MOVED_GATE.mayMatch(clause.toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    if (MOVED_BEFORE.matcher(clause).find()) {
      return true;
    }
    for (int i = 0; i < clause.length(); i++) {
      if ((i == 0 || !Character.isLetter(clause.charAt(i - 1))) && Character.isLetter(clause.charAt(i))
          && MOVED_AFTER.matcher(clause).region(i, clause.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the number is an earlier level named only for comparison ("up from 5.3 million"). */
  public static boolean isEarlierValue(String s, int clauseStart, int start) {
    String before = s.substring(Math.max(clauseStart, start - 40), start);
    return EARLIER_GATE.mayMatch(before.toLowerCase(java.util.Locale.ROOT)) && EARLIER_BEFORE.matcher(before).find();
  }

  /**
   * Whether the figure ending at {@code end} is the first end of a from-to pair ("grimpé de 75,2 % à 79,3 %", "from
   * 1.2 to 1.5 million"): the earlier level, whatever verb opens it.
   */
  public static boolean isFromEnd(String s, int end) {
    return FROM_END.matcher(s).region(end, Math.min(s.length(), end + 30)).lookingAt();
  }

  // the figure's unit if the quantity left it out, then the second end's "to/à/a/até/au/hasta" and a number
  private static final Pattern FROM_END = Pattern.compile(
      "(?iu)\\s*(?:%|per\\s*cent|percent|pour\\s+cent|por\\s+ciento|por\\s+cento|million|millions|millones|milh[õo]es)?"
          + "\\s*(?:to|à|a|au|até|hasta)\\s+(?:(?:about|around|some|nearly|almost|over|more\\s+than|plus\\s+de|m[áa]s\\s+de"
          + "|mais\\s+de|environ|près\\s+de|cerca\\s+de)\\s+)?\\p{N}");

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
    if (FROM_LEVEL.matcher(s).region(Math.max(clauseStart, start - 40), start).find()) {
      return false; // "would be up from the present 21,9 million", "will rise from 20 million": where it starts
    }
    return FUTURE.matcher(s.substring(clauseStart, start)).find()
        || FUTURE.matcher(s.substring(end, Math.min(clauseEnd, end + 40))).find();
  }

  // the level a projected movement starts from, right before the figure
  private static final Pattern FROM_LEVEL = Pattern.compile(
      "(?iu)(?<![\\p{L}])(?:from|desde|passant\\s+de)\\s+(?:(?:the|its|their)\\s+)?(?:(?:present|current|existing"
          + "|today['’]s)\\s+)?(?:(?:about|around|some|nearly|almost|over|more\\s+than|just)\\s+)?$");
}
