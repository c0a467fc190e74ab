package org.telecomgrowth.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The source dimension: the organisation a sentence attributes its figures to, found by grammar, not by name: the
 * capitalised subject of a reporting verb ("Orascom reported ..."), or the object of "according to". The source
 * holds for the figures after it in the sentence (its later clauses); "according to" and a trailing "X said" hold
 * for the whole sentence.
 */
public final class SourceRules {
  private SourceRules() {}

  /** A source named at {@code start}; {@code wholeSentence} when it covers figures before it too. */
  public record Source(int start, String name, boolean wholeSentence) {}

  // "Instituto Nacional de Estadística y Censos", "Agência Nacional de Telecomunicações": the Romance connectors too
  // (French writes a ministry or an authority in lower case before its capitalised name: "le ministère des
  // Communications", "l'autorité de Régulation")
  private static final String ORG = "((?:\\p{Lu}[\\p{L}\\p{N}.&'’-]*|(?:minist[èe]re|autorit[ée]|agence|institut|office"
      + "|direction|observatoire)(?=\\s+(?:de|des|du|d['’])\\s*(?:(?:la|l['’])\\s*)?\\p{Lu}))"
      + "(?:\\s+(?:(?:of|for)\\s+(?:the\\s+)?|and\\s+|&\\s+"
      + "|(?:(?:et|y|e)\\s+)?(?:de|del|des|du|da|do|dos|das|y|e|et)\\s+(?:(?:la|las|los|les|l['’])\\s*)?)?"
      + "\\p{Lu}[\\p{L}\\p{N}.&'’-]*){0,5})";
  // "EriTel, the state operator, reported": an appositive between the name and its verb; "the Regulatory Authority
  // (ARPT) said", "the "Central Statistics Organization" (CSO) said", "the NCA also reported": its acronym, quotes
  // and an adverb too
  private static final Pattern SUBJECT_VERB = Pattern.compile(ORG
      + "[\"”]?(?:\\s*\\([A-Z][A-Za-z&]{1,10}\\)|\\s*\\(\\p{Lu}[\\p{L}'’-]*(?:\\s+[\\p{L}'’-]+){1,9}\\))?(?:,\\s+(?:(?:the|a|an|its|le|la|les|el|o|un|une|um)\\s+)?[\\p{Ll}][^,;]{1,50},)?"
      // "La empresa de telecomunicaciones de Cuba, Etecsa, informó ayer": a name in apposition, its comma before a
      // Romance verb
      // "the country's regulator, the Direction of Telecom Regulation (DTR), has reported": the apposition's comma
      // after the acronym that closes the name
      + "(?:\\s+|(?<=\\)),\\s+(?=(?:has\\s+|have\\s+)?(?:reported|said|announced|stated|revealed|disclosed)\\b)"
      + "|,\\s+(?=(?:informó|anunció|señaló|indicó|reveló|precisó|dijo|informou|anunciou|divulgou|revelou"
      + "|disse|a\\s+annoncé|a\\s+indiqué|a\\s+précisé)(?![\\p{L}])))"
      + "(?:(?:also|further|recently|earlier|previously|again|officially|has|have|had)\\s+){0,2}"
      + "(?:(?:reported|reports|said|says|announced|announces|stated|states|reveals|confirmed|confirms|"
      + "estimated|estimates|claimed|claims|counted|recorded|disclosed|revealed|published|put|puts|cited|found|finds|"
      + "declared|declares|noted|notes|showed|shows|indicated|indicates|(?:added|adds)(?=\\s+that\\b))\\b"
      // French, Spanish, Portuguese: "l'OMERT a rendu publics", "el regulador informó", "a Anatel divulgou"
      + "|(?:a\\s+)?(?:annoncé|publié|rendu\\s+publics?|indiqué|révélé|déclaré|précisé|rapporté|dévoilé|recensé)(?![\\p{L}])"
      + "|(?:annonce|indique|révèle|dévoile|informó|anunció|reportó|indicó|publicó|señaló|reveló|informa"
      // the present of a report's verb: "un informe de la Comisión (Conatel) señala que", "dados da Anatel mostram"
      + "|señala|indica|revela|muestra|muestran|mostra|mostram|indicam|revelam|apontam|montre|montrent|indiquent"
      + "|révèlent"
      + "|informou|anunciou|divulgou|revelou|indicou|registrou|registou|publicou"
      // "la CNMC contabilizó", "el INE estimó", "a Anacom contabilizou", "l'ARCEP dénombre"
      + "|contabilizó|contabiliza|registró|estimó|calculó|difundió|contabilizou|estimou|calculou|apontou"
      + "|d[ée]nombre|comptabilise|a\\s+d[ée]nombr[ée]|a\\s+comptabilis[ée]|a\\s+estim[ée]"
      // "la Banque Mondiale évaluait ce taux à", "l'ARCT l'a évalué en mars 2019 à 24.144"
      + "|(?:l['’]\\s*)?a\\s+(?:évalué|estimé)|(?:évalu|estim)(?:e|ait|aient)"
      // the French imperfect of a report: "la plateforme DataReportal indiquait que"
      + "|(?:indiqu|annon[cç]|pr[ée]cis|r[ée]v[ée]l)(?:ait|aient))(?![\\p{L}]))");
  private static final Pattern ACCORDING_TO = Pattern.compile(
      "(?iu:(?<![\\p{L}])(?:according\\s+to|reported\\s+by|estimated\\s+by|as\\s+reported\\s+by|data\\s+from|"
      // "These figures come from the Eswatini Communications Commission (ESCCOM) Annual Report"
      + "(?:figures|data|numbers|statistics)\\s+(?:come|came|are|were)\\s+from|"
          + "figures\\s+from|statistics\\s+from|selon|d['’]apr[èe]s|seg[úu]n|de\\s+acuerdo\\s+con|segundo|de\\s+acordo\\s+com"
          // "datos del Indotel", "dados da Anatel", "les données de l'ARCEP", "un informe de la Comisión"
          + "|(?:datos|cifras|estad[íi]sticas|informe|dados|n[úu]meros|relat[óo]rio|donn[ée]es|chiffres|rapport)\\s+"
          + "(?:de(?:l|\\s+la|\\s+los|\\s+las)?|d[ao]s?|des|du)(?=\\s+(?:l['’]\\s*)?\\p{Lu}|\\s+l['’]))"
          + "\\s+(?:the\\s+|la\\s+|le\\s+|el\\s+|o\\s+|a\\s+)?(?:l['’]\\s*)?)"
          // "according to a survey by the national statistics institute INSEED", "according to latest statistics
          // from Rwanda Utilities Regulatory Agency" (lower-case words only)
          // "according to the 2016 report from Conatel", "according to the figures posted on the TRC website"
          + "(?:(?:(?:a|an|the)\\s+)?(?:[a-z0-9][\\p{L}\\d-]*\\s+){1,3}?(?:by|of|from|on|de|del|des|du|da|do|pela|pelo|por|par)\\s+(?:the\\s+|la\\s+|el\\s+|o\\s+|a\\s+)?"
          + "(?:l['’]\\s*)?(?:[a-z][\\p{L}-]*\\s+){0,4}?)?"
          // "figures from Ghana's telecommunications regulator - the National Communications Authority - show": the
          // name in apposition to a description
          + "(?:(?:[A-Z][\\p{L}]*['’]s\\s+)?(?:[a-z][\\p{L}'’-]*\\s+){1,3}(?:[–—-]|,)\\s*(?:the\\s+)?)?"
          // "segundo a consultora Telegeography", "according to research firm Ovum", "selon le cabinet Deloitte":
          // the kind of body in lower case right before its name
          // "according to the Japanese newspaper Mainichi", "selon le site Jeune Afrique": a nationality before it too
          + "(?:(?:\\p{Lu}[\\p{L}.]*\\s+){0,2}(?:[a-z][\\p{L}-]*\\s+){0,2}(?:consultora|consultancy|consultants?|firm|cabinet|analysts?|agency|agence"
          + "|agencia|ag[êe]ncia|regulator|r[ée]gulateur|regulador|company|compagnie|empresa|entreprise|institute"
          + "|institut|instituto|group|groupe|grupo|watchdog|organi[sz]ation|organisme|organismo|newspaper|daily"
          + "|magazine|journal|website|site|portal|platform|plateforme|plataforma|peri[óo]dico|diario|jornal|outlet)\\s+)?"
          // "according to the latest OECD figures": the body before the word for its figures
          + "(?:(?:latest|most\\s+recent|recent|new|official|preliminary|provisional|final)\\s+(?=\\p{Lu}))?" + ORG);
  // "informó el Ministerio TIC", "divulgou a Anatel", "a indiqué l'Arcep": the verb before its subject, as Spanish,
  // Portuguese and French put it after the figures
  private static final Pattern VERB_SUBJECT = Pattern.compile(
      "(?iu:(?<![\\p{L}])(?:informó|anunció|reportó|indicó|señaló|reveló|precisó|detalló|dijo|informa|informou|anunciou"
          + "|divulgou|revelou|indicou|apontou|disse|indique|précise|annonce|a\\s+indiqué|a\\s+annoncé|a\\s+précisé"
          + "|indica|señala|afirma)"
          // "indica un comunicado de Etecsa", "señala el informe de la Siget", "précise un communiqué de l'ARPT"
          + "(?:\\s+(?:un|una|el|la|le|o|um|uma)\\s+(?:comunicado|informe|reporte|bolet[íi]n|communiqu[ée]|rapport|relat[óo]rio"
          + "|nota|estudio|estudo|étude)(?:\\s+(?:de\\s+prensa|oficial|officiel))?\\s+(?:de(?:l|\\s+la)?|d[ao]|du|de\\s+l['’]|d['’])(?=\\s*\\p{Lu}|\\s+l['’]))?"
          + "(?:\\s+|(?<=['’]))(?:el\\s+|la\\s+|los\\s+|las\\s+|o\\s+|a\\s+|le\\s+|l['’]\\s*)?)" + ORG);
  // ", the telecoms regulator Conatel said": only lower-case words between the comma and the name
  private static final Pattern TRAILING_GAP = Pattern.compile(
      "(?:,\\s*[\"”’]?|[\"”’]\\s*,?)\\s*(?:(?:the|a|an|its)\\s+)?(?:(?!(?:and|but|while|whereas|or|as)\\b)[a-z][\\p{L}-]*\\s+){0,4}$");
  private static final Set<String> NOT_SOURCES = Set.of("in", "by", "on", "at", "the", "a", "an", "it", "this",
      "that", "these", "they", "he", "she", "we", "i", "there", "however", "since", "as", "after", "before", "but",
      "and", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "government", "officials", "media", "press", "state");

  // "(ITU 2017)", "(Communications Commission of Kenya (CCK), 2013)", "(source: ITU)"
  private static final Pattern PARENTHESIS = Pattern.compile("\\((?:" + ORG
      + "(?:\\s*\\([A-Z][A-Za-z&]{1,10}\\))?,?\\s+(?:19|20)\\d\\d|(?i:source|sources)\\s*:\\s*" + ORG + ")[^()]{0,20}\\)");
  // a regulator, ministry, statistics office, central bank or union: an authority whose statistics a story reports
  public static final Pattern AUTHORITY = Pattern.compile(
      "(?iu)(?<![\\p{L}])(?:regulat\\w*|r[ée]gulat\\w*|regula(?:dor|dora|ci[óo]n)\\w*|authorit\\w*|autorit[ée]|autoridad"
          + "|commission|comisi[óo]n|comiss[ãa]o|ministr\\w*|minist[èée]r\\w*|institut\\w*|agenc\\w*|ag[eê]ncia|agence"
          + "|office|bureau|statisti\\w*|estad[íi]stic\\w*|estat[íi]stic\\w*|union|uni[ãa]o|uni[óo]n|bank|banco|banque"
          + "|observatoire|observatorio|observat[óo]rio|superintend\\w*|council|conseil|consejo|department|departamento"
          + "|watchdog|secretar\\w*)(?![\\p{L}])");
  // "Le rapport d'activités 2013 de l'Autorité de régulation ... (ARCEP)", "the annual report of the Communications
  // Authority", "el informe trimestral de la CRC": a report or bulletin named by the body that publishes it (not a
  // survey: "Encuesta de Hogares de Propósitos Múltiples", "Survey of Living Conditions" name its subject)
  private static final Pattern REPORT_OF = Pattern.compile(
      "(?iu:(?<![\\p{L}])(?:rapport|report|informe|relat[óo]rio|bulletin|bolet[íi]n|boletim|annuaire|anuario|yearbook)"
          + "s?\\s+(?:(?:annuel|annual|anual|trimestriel|quarterly|trimestral|mensuel"
          + "|monthly|mensual|mensal|statistique|statistical|estad[íi]stico|estat[íi]stico|d['’]\\s*activit[ée]s"
          + "|de\\s+actividades|de\\s+atividades|(?:19|20)\\d\\d)\\s+){0,3}(?:of|by|from|de|du|des|del|da|do|d['’])\\s*"
          + "(?:(?:the|la|le|les|el|o|a)\\s+)?(?:l['’]\\s*)?)" + ORG);
  private static final LiteralGate REPORT_GATE = LiteralGate.anyOf("rapport", "report", "informe", "relat", "bulletin",
      "bolet", "annuaire", "anuario", "yearbook");
  // a body that is an authority, or an acronym: what a report is named by ("Survey of Living Conditions" is no body)
  private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}])\\p{Lu}{2,}(?![\\p{Ll}])");

  // "CA data show", "figures released by the regulator", "ITU statistics indicate"
  private static final Pattern DATA_SHOW = Pattern.compile(ORG + "(?:'s|’s)?\\s+(?:latest\\s+|quarterly\\s+|annual\\s+|"
      + "official\\s+)?(?:data|figures|statistics|numbers|report|survey)\\s+(?:(?:also|further|clearly)\\s+)?(?:show|showed|shows|indicate|indicated|"
      + "indicates|reveal|revealed|reveals|suggest|suggested|said|put|stated|states|found|finds)\\b"
      // "figures released by the country's telecoms watchdog Osiptel": lower-case words before the name
      + "|(?i:(?<![\\p{L}])(?:(?:released|published|compiled|issued)\\s+by\\s+(?:the\\s+)?|publi[ée]e?s?\\s+par\\s+(?:la\\s+|le\\s+|les\\s+|l['’]\\s*)?"
      + "|(?:publicad|elaborad|divulgad)[oa]s?\\s+(?:por\\s+(?:el\\s+|la\\s+)?|pel[oa]\\s+)))(?:(?:country|nation)['’]s\\s+)?"
      + "(?:(?-i:[a-z][\\p{L}-]*)\\s+){0,3}" + ORG);
  private static final LiteralGate DATA_SHOW_GATE = LiteralGate.anyOf("show", "indicat", "reveal", "suggest",
      "released by", "published by", "compiled by", "issued by", "report said", "survey said", "put", "stated",
      "par", "por", "pel",
      "states", "found", "finds");

  private static final LiteralGate VERBS = LiteralGate.anyOf("report", "said", "says", "announc", "annonç", "added",
      "adds", "stated",
      "states", "estimat", "claim", "counted", "recorded", "disclosed", "revealed", "published", "put", "cited",
      "found", "finds", "declare", "noted", "notes", "show", "indicat", "reveal", "confirm", "évalu", "annonc", "publi", "indiqu", "révél",
      "déclar", "précis", "rapport", "dévoil", "recens", "inform", "anunci", "indic", "señal", "revel", "divulg",
      "registr", "contabiliz", "estim", "calcul", "difund", "apont", "nombr", "comptabilis", "dijo", "disse",
      "detall",
      // (every verb of SUBJECT_VERB and VERB_SUBJECT holds one of these: the gate of both; SourceRulesTest has a
      // sentence for each kind)
      "rendu", "révèl", "muestr", "mostr", "montr", "registou", "precis", "afirm");
  private static final LiteralGate ATTRIBUTION = LiteralGate.anyOf("according", "reported by", "estimated by",
      "come from", "came from", "are from", "were from",
      "data from", "figures from", "statistics from", "selon", "d'apr", "d’apr", "según", "segun", "de acuerdo con",
      "segundo", "de acordo com", "datos de", "cifras de", "informe de", "dados d", "números d", "relatório d",
      "données d", "chiffres d", "rapport d", "estadísticas de");
  // the gate of ACCORDING_TO: a word every one of its openings holds, whatever white space is inside the phrase
  private static final LiteralGate ACCORDING_GATE = LiteralGate.anyOf("according", "reported", "estimated", "from",
      "selon", "apr", "según", "segun", "acuerdo", "segundo", "acordo", "datos", "cifras", "informe", "dados",
      "números", "numeros", "relatório", "relatorio", "données", "donnees", "chiffres", "rapport", "estadísticas",
      "estadisticas");

  /**
   * Whether the sentence attributes its figures itself ("according to the telecommunications regulator"), named or
   * not: then a source named earlier in the paragraph is not this sentence's.
   */
  public static boolean attributes(String s) {
    return ATTRIBUTION.mayMatch(LiteralGate.lower(s));
  }

  /**
   * Whether a subject before a verb of reporting is a place that recorded a figure, not a body that published it
   * ("o Distrito Federal registrou o maior índice", "el estado de Jalisco registró", "the Western Province recorded").
   */
  private static boolean namesPlace(String s, int start, String name) {
    return PLACE_WORD.matcher(name).find()
        || PLACE_WORD_BEFORE.matcher(s).region(Math.max(0, start - 25), start).find()
        || name.equals(org.telecomgrowth.extract.DocumentIdentity.lastCountryIn(name, 0, name.length()));
  }

  private static final String PLACE_KIND = "(?:" + ScopeRules.PART_KIND + "|state|city|ciudad|cidade|ville)";
  private static final Pattern PLACE_WORD = Pattern.compile(
      "(?iu)(?<![\\p{L}])" + PLACE_KIND + "(?![\\p{L}])");
  // "el estado de Jalisco registró", "a região Sul registrou"
  private static final Pattern PLACE_WORD_BEFORE = Pattern.compile(
      "(?iu)(?<![\\p{L}])" + PLACE_KIND + "\\s+(?:de\\s+|do\\s+|da\\s+|du\\s+|of\\s+)?$");

  // "Source: ITU", "Fuente: Subtel", "Sources : ARCEP, INS", "Note: ... estimates. Source: ITU (as of June 2018)": a
  // note under a table naming its source, at the note's start or after a sentence of it
  private static final Pattern NOTE_SOURCE = Pattern.compile("(?:^|[.;]\\s+)\\(?\\s*(?i:sources?|fuentes?|fontes?)"
      + "\\s*:\\s*" + ORG);

  /** The source a table's note line names ("Source: ITU"), or null. */
  public static String noteSource(String note, Set<String> countryNames) {
    Matcher m = NOTE_SOURCE.matcher(note.strip());
    return m.find() ? clean(m.group(1), countryNames) : null;
  }

  /** Sources named in {@code s}, in text order. */
  public static List<Source> find(String s, Set<String> countryNames) {
    List<Source> out = new ArrayList<>();
    String lower = LiteralGate.lower(s);
    boolean verbs = VERBS.mayMatch(lower);
    boolean attribution = ACCORDING_GATE.mayMatch(lower);
    if (!verbs && !ATTRIBUTION.mayMatch(lower) && s.indexOf('(') < 0
        && !DATA_SHOW_GATE.mayMatch(lower) && !DOMAIN_GATE.mayMatch(lower) && !REPORT_GATE.mayMatch(lower)) {
      return out;
    }
    Matcher m = SUBJECT_VERB.matcher(s);
    while (verbs && m.find()) {
      String name = withAcronym(s, m.start(1), m.end(1), countryNames);
      if (name != null && !namesPlace(s, m.start(1), name)) {
        String before = s.substring(Math.max(0, m.start() - 60), m.start());
        boolean trailing = TRAILING_GAP.matcher(before).find();
        out.add(new Source(m.start(1), name, trailing));
      }
    }
    Matcher v = VERB_SUBJECT.matcher(s);
    while (verbs && v.find()) {
      String name = withAcronym(s, v.start(1), v.end(1), countryNames);
      if (name != null) {
        out.add(new Source(v.start(1), name, true));
      }
    }
    Matcher a = ACCORDING_TO.matcher(s);
    while (attribution && a.find()) {
      if (s.substring(a.start(), a.start(1)).chars().noneMatch(Character::isLowerCase)) {
        continue; // "... SEGUN PERIODO, 1990 - 1999": a heading in capitals, "by period", not an attribution
      }
      String name = withAcronym(s, a.start(1), a.end(1), countryNames);
      if (name != null) {
        out.add(new Source(a.start(), name, true));
      }
    }
    if (s.indexOf('(') >= 0) {
      Matcher p = PARENTHESIS.matcher(s);
      while (p.find()) {
        String name = clean(p.group(1) != null ? p.group(1) : p.group(2), countryNames);
        if (name != null) {
          out.add(new Source(p.start(), name, true));
        }
      }
    }
    if (DOMAIN_GATE.mayMatch(lower)) {
      Matcher d = CITED_DOMAIN.matcher(s);
      while (d.find()) {
        out.add(new Source(d.start(1), d.group(1), true));
      }
    }
    if (DATA_SHOW_GATE.mayMatch(lower)) {
      Matcher d = DATA_SHOW.matcher(s);
      while (d.find()) {
        // two alternatives: "CA data show" (group 1) or "released by the regulator" (group 2)
        int g = d.group(1) != null ? 1 : 2;
        String name = withAcronym(s, d.start(g), d.end(g), countryNames);
        if (name != null) {
          out.add(new Source(d.start(g), name, true));
        }
      }
    }
    if (REPORT_GATE.mayMatch(lower)) {
      Matcher r = REPORT_OF.matcher(s);
      while (r.find()) {
        String name = withAcronym(s, r.start(1), r.end(1), countryNames);
        if (name != null && (AUTHORITY.matcher(name).find() || ACRONYM.matcher(name).find())
            && out.stream().noneMatch(o -> o.start() >= r.start() && o.start() < r.end())) {
          out.add(new Source(r.start(1), name, true));
        }
      }
    }
    if (s.indexOf('(') >= 0 && DESCRIBED_GATE.mayMatch(lower)) {
      Matcher d = DESCRIBED_NAME.matcher(s);
      while (d.find()) {
        String name = clean(d.group(1), countryNames);
        if (name != null && out.stream().noneMatch(o -> o.start() >= d.start() && o.start() < d.end())) {
          out.add(new Source(d.start(1), name, true));
        }
      }
    }
    if (out.isEmpty() && ATTRIBUTION.mayMatch(lower)) {
      // "D'après le plus récent rapport de l'observatoire des marchés ..., que l'Agence de Régulation et de Contrôle
      // des Télécommunications (ARCT) publie chaque trimestre, le nombre ...": the body the attribution names by
      // its acronym, however long the words that lead to it
      Matcher o = OPENER.matcher(s);
      if (o.find()) {
        Matcher n = NAMED_WITH_ACRONYM.matcher(s);
        n.region(o.end(), Math.min(s.length(), o.end() + 250));
        if (n.find() && s.substring(o.end(), n.start()).chars().noneMatch(Character::isDigit)) {
          String name = clean(n.group(), countryNames);
          if (name != null) {
            out.add(new Source(o.start(), name, true));
          }
        }
      }
    }
    out.sort(java.util.Comparator.comparingInt(Source::start));
    return out;
  }

  // "... 81,300 active subscriptions in 2024 (datareportal.com)", "... of the population in 2024 datareportal.com.": a web
  // site cited in brackets or at the sentence's end, as pages copied from the web cite their figures
  private static final Pattern CITED_DOMAIN = Pattern.compile("(?:\\(\\s*(?:(?i:source)\\s*:\\s*)?|(?<=\\s))"
      + "([a-z0-9][a-z0-9-]{1,40}(?:\\.[a-z0-9-]{2,40})?\\.(?:com|org|net|int|info|io))(?:/[^\\s)]*)?"
      + "(?:\\s*\\)|\\s*[.;]?\\s*$)");
  private static final LiteralGate DOMAIN_GATE = LiteralGate.anyOf(".com", ".org", ".net", ".int", ".info", ".io");

  private static final Pattern OPENER = Pattern.compile("(?iu)(?<![\\p{L}])(?:according\\s+to|selon|d['’]apr[èe]s|seg[úu]n"
      + "|de\\s+acuerdo\\s+con|segundo|de\\s+acordo\\s+com)(?![\\p{L}])");
  private static final Pattern NAMED_WITH_ACRONYM = Pattern.compile(ORG + "\\s*\\((\\p{Lu}[\\p{L}&]{1,11})\\)");
  // "according to the report", "selon l'étude", "según el informe": a document the text named before, not a new
  // source of its own
  private static final Pattern DOCUMENT_ATTRIBUTION = Pattern.compile("(?iu)(?<![\\p{L}])(?:according\\s+to|selon|d['’]apr[èe]s"
      + "|seg[úu]n|de\\s+acuerdo\\s+con|segundo|de\\s+acordo\\s+com)\\s+(?:the|this|that|its|le|la|l['’]|ce|cet|cette|el|este"
      + "|esta|o|a|esse|essa)\\s*(?:(?:latest|same|new|recent|annual|quarterly|dernier|m[êe]me|nouveau|[úu]ltimo|mismo"
      + "|mesmo)\\s+)?(?:report|study|survey|data|figures|bulletin|statistics|document|rapport|[ée]tude|enqu[êe]te|donn[ée]es"
      + "|chiffres|informe|estudio|encuesta|datos|cifras|bolet[íi]n|relat[óo]rio|estudo|pesquisa|dados|n[úu]meros)"
      + "(?:\\s*[,;:]|\\s*$)");

  /**
   * Whether the sentence's attribution is to a document the text named before ("According to the report, ..."):
   * then it is the earlier source's, not a sentence that names none.
   */
  public static boolean attributesToDocument(String s) {
    return ATTRIBUTION.mayMatch(LiteralGate.lower(s)) && DOCUMENT_ATTRIBUTION.matcher(s).find();
  }

  // "released by the ministry of posts and telecoms (Minpostel)", "according to the national statistics agency
  // (INSTAT)": a description in lower case, then the organisation's own name in brackets
  private static final Pattern DESCRIBED_NAME = Pattern.compile(
      "(?i:\\b(?:according\\s+to|released\\s+by|published\\s+by|issued\\s+by|compiled\\s+by|reported\\s+by|"
          + "estimated\\s+by|data\\s+from|figures\\s+from|statistics\\s+from|a\\s+report\\s+(?:by|from))\\s+"
          + "(?:the\\s+|a\\s+|an\\s+)?)(?:[\\p{L}'’-]+\\s+){1,8}?\\(([A-Z][\\p{L}&-]{1,15})\\)");
  private static final LiteralGate DESCRIBED_GATE = LiteralGate.anyOf("according to", " by ", " from ");

  private record Noun(String key, Pattern said, Pattern org, Pattern alone) {}

  private static final List<Noun> NOUNS = new ArrayList<>();

  static {
    String verbs = "(?:also\\s+|further\\s+|recently\\s+|has\\s+|have\\s+|had\\s+)*(?:reported|reports|said|says|"
        + "announced|announces|stated|states|estimated|estimates|counted|recorded|disclosed|revealed|published|"
        + "noted|notes|showed|shows|indicated|indicates)\\b";
    for (String[] row : MetricRules.readTsv("/extract/source_vocabulary.tsv")) {
      String noun = "(?:" + row[1] + ")";
      Pattern said = Pattern.compile("\\b(?:(?:according\\s+to|released\\s+by|published\\s+by|issued\\s+by|"
          + "compiled\\s+by|reported\\s+by|estimated\\s+by|data\\s+from|figures\\s+from|statistics\\s+from|"
          + "selon|d['’]apr[èe]s|seg[úu]n|segundo)\\s+(?:the|la|le|l['’]|el|o|a)\\s*" + noun + "(?![\\p{L}])(?!\\s+(?:of|for|de)\\s)"
          + "|\\bthe\\s+" + noun + "(?:['’]s\\s+(?:data|figures|statistics|report)\\s+)?\\s+" + verbs + ")",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      Pattern org = Pattern.compile("(?<![\\p{L}])(?:" + row[2] + ")(?![\\p{L}])");
      NOUNS.add(new Noun(row[0], said, org,
          Pattern.compile(noun, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
    }
  }

  // a capitalised name around an organisation's head word: "Ministry of Telecommunications and Information
  // Technology", "National Communications Authority", "Telecommunications Ministry"
  private static final Pattern CAP_WORD = Pattern.compile("[A-Z][\\p{L}\\p{N}&'’-]*");

  /**
   * Sources the sentence names by a common noun of {@code source_vocabulary.tsv} ("released by the ministry"),
   * resolved to the organisation of that kind named last in {@code before} (the document up to the sentence); a
   * noun that names none is left out (never published as a source of its own).
   */
  public static List<Source> nounSources(String s, String before) {
    List<Source> out = new ArrayList<>();
    String lower = LiteralGate.lower(s);
    if (!VERBS.mayMatch(lower) && !ATTRIBUTION.mayMatch(lower) && !DATA_SHOW_GATE.mayMatch(lower)) {
      return out;
    }
    for (Noun n : NOUNS) {
      Matcher m = n.said().matcher(s);
      if (!m.find()) {
        continue;
      }
      String name = lastNamed(n.org(), before);
      if (name != null) {
        out.add(new Source(m.start(), name, true));
      }
    }
    return out;
  }

  private static String lastNamed(Pattern org, String before) {
    String text = before.length() > 20_000 ? before.substring(before.length() - 20_000) : before;
    Matcher m = org.matcher(text);
    int start = -1;
    int end = -1;
    while (m.find()) {
      start = m.start();
      end = m.end();
    }
    if (start < 0) {
      return null;
    }
    // out to the capitalised words before it and the "of X and Y" words after it
    int from = start;
    while (true) {
      int ws = from - 1;
      while (ws >= 0 && text.charAt(ws) == ' ') {
        ws--;
      }
      int wb = ws;
      while (wb >= 0 && !Character.isWhitespace(text.charAt(wb))) {
        wb--;
      }
      if (ws < 0 || ws == from - 1 || !CAP_WORD.matcher(text.substring(wb + 1, ws + 1)).matches()
          || NOT_SOURCES.contains(text.substring(wb + 1, ws + 1).toLowerCase(Locale.ROOT))) {
        break;
      }
      from = wb + 1;
    }
    int to = end;
    Matcher next = Pattern.compile("\\G(?:\\s+(?:(?:of|for|and|&|on)\\s+(?:the\\s+)?)?" + CAP_WORD.pattern() + ")")
        .matcher(text);
    while (next.find(to) && next.start() == to) {
      to = next.end();
    }
    Matcher acronym = BRACKETED_ACRONYM.matcher(text);
    if (acronym.find(to) && acronym.start() == to) {
      to = acronym.end(); // "the Nigerian Communications Commission (NCC)": as the text first named it
    }
    String name = text.substring(from, to).replaceAll("[.,;:’'-]+$", "");
    return name.isEmpty() ? null : name;
  }

  private static final Pattern BRACKETED_ACRONYM = Pattern.compile("\\G\\s*\\([A-Z][A-Za-z&]{1,10}\\)");

  /** The source for a figure at {@code position}: the nearest one before it, or a whole-sentence one. */
  public static String sourceAt(List<Source> sources, int position) {
    String best = "";
    for (Source src : sources) {
      if (src.start() <= position || src.wholeSentence()) {
        best = src.name();
      }
    }
    return best;
  }

  // "Organismo Supervisor de Inversión Privada en Telecomunicaciones (Osiptel)", "Autorité de régulation des
  // communications électroniques et des postes (ARCEP)": the rest of the name up to the acronym in brackets
  private static final Pattern TO_ACRONYM = Pattern.compile(
      "(?:\\s+[\\p{L}'’-]+){0,9}?\\s*\\((\\p{Lu}[\\p{L}&]{1,11})\\)");

  /** The name read at [start, end) of {@code s}, out to the acronym in brackets that closes it, if one does. */
  static String withAcronym(String s, int start, int end, Set<String> countryNames) {
    String name = clean(s.substring(start, end), countryNames);
    if (name == null) {
      return null;
    }
    Matcher m = TO_ACRONYM.matcher(s);
    m.region(end, s.length());
    if (m.lookingAt() && !name.endsWith(")")) {
      String full = clean(s.substring(start, m.end()), countryNames);
      return full == null ? name : full;
    }
    if (ROMANCE_HEAD.matcher(name).matches()) {
      Matcher t = LOWER_CASE_TAIL.matcher(s);
      t.region(end, s.length());
      if (t.lookingAt()) {
        String full = clean(s.substring(start, t.end()), countryNames);
        return full == null ? name : full;
      }
    }
    return name;
  }

  // "l'Observatoire du marché des télécommunications", "la Autoridad de regulación de las telecomunicaciones": a
  // French, Spanish or Portuguese body's name goes on in lower case after its capitalised head word
  private static final Pattern ROMANCE_HEAD = Pattern.compile("(?:Observatoire|Autorit[ée]|Agence|Institut|Minist[èe]re"
      + "|Direction|Conseil|Office|Observatorio|Observat[óo]rio|Autoridad|Autoridade|Agencia|Ag[êe]ncia|Instituto"
      + "|Ministerio|Minist[ée]rio|Superintendencia|Comisi[óo]n|Comiss[ãa]o|Consejo|Conselho|Direcci[óo]n|Dire[çc][ãa]o"
      + "|Secretar[íi]a|Oficina)");
  private static final String LOWER_ADJECTIVE = "(?:\\s+\\p{Ll}[\\p{L}-]*(?:iques?|ales?|elles?|aires?|ives?|ifs?|icos?|icas?"
      + "|ais|ble|bles|nes?|eiros?|eiras?))?";
  private static final Pattern LOWER_CASE_TAIL = Pattern.compile("(?u)(?:\\s+(?:nationale?|nacional|general|g[ée]n[ée]rale?"
      + "|f[ée]d[ée]ral(?:e)?|r[ée]gional(?:e)?|sup[ée]rieure?))?"
      + "(?:\\s+(?:(?:et|y|e)\\s+)?(?:du|des|de\\s+la|de\\s+l['’]\\s*|de|del|de\\s+los|de\\s+las|da|do|das|dos|d['’]\\s*)\\s*"
      + "\\p{Ll}[\\p{L}'’-]+" + LOWER_ADJECTIVE + "){1,4}");

  /** Whether {@code word} is a noun of {@code source_vocabulary.tsv} alone ("Agency", "Ministry", "Autorité"). */
  private static boolean isBodyKind(String word) {
    for (Noun n : NOUNS) {
      if (n.alone().matcher(word).matches()) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern POSSESSIVE_ALONE = Pattern.compile("[\\p{L}]+['’]s");
  private static final Pattern POSSESSIVE_END = Pattern.compile("['’]s?$");
  private static final Pattern DOCUMENT_OF = Pattern.compile(
      "^.*?\\b(?:Report|Survey|Yearbook|Bulletin|Review|Study|Statistics|Census)\\s+(?:of|by|from)\\s+(?:the\\s+)?(?=\\p{Lu})");

  // the name of a quarter, half, four-month period or fiscal year ("Q3", "H1", "T2", "S1", "FY", "1Q")
  private static final Pattern PERIOD_NAME = Pattern.compile("(?i)(?:[QHTS][1-4]|[1-4][QHTS]|FY|est\\.?)");

  private static String clean(String raw, Set<String> countryNames) {
    // "Algeria's Regulatory Authority": the organisation, not its country; "Ghana's" alone names nobody
    String name = raw.strip().replaceAll("^(?:The|A|An|La|Le|Les|El|Los|Las|O|Os)\\s+", "").replaceFirst("^[LlDd]['’]\\s*", "")
        .replaceFirst("^[\\p{L}]+['’]s\\s+(?=\\S)", "");
    if (POSSESSIVE_ALONE.matcher(name).matches() && isBodyKind(name.substring(0, name.length() - 2))) {
      return null; // "according to the Agency's data": the kind of body alone, which the noun rules resolve
    }
    // "Euromonitor International’s": the organisation, not its possessive; "Electronic Communications Market Report of
    // the Regulatory Agency ... (RATEL)": the body whose report it is
    name = POSSESSIVE_END.matcher(name).replaceFirst("");
    name = DOCUMENT_OF.matcher(name).replaceFirst("");
    if (name.isEmpty()) {
      return null;
    }
    String[] words = name.split("\\s+");
    // a sentence-initial preposition or article is not part of the name: "In 2010 Orascom said" never matches
    // here (digits), but "However Orascom said" does
    int i = 0;
    while (i < words.length && NOT_SOURCES.contains(words[i].toLowerCase(Locale.ROOT))) {
      i++;
    }
    if (i == words.length || PERIOD_NAME.matcher(name).matches()) {
      return null; // "(Q3 2020)", "(FY 2019)", "(T3 2020)": a period, not a body
    }
    name = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
    if (name.endsWith(".") && !name.matches(".*\\b(?:[A-Z]\\.)+$") && !name.endsWith("Co.") && !name.endsWith("Inc.")) {
      name = name.substring(0, name.length() - 1); // the sentence's full stop, not part of "ITU"
    }
    String lower = name.toLowerCase(Locale.ROOT);
    for (String c : countryNames) {
      String cl = c.toLowerCase(Locale.ROOT);
      if (lower.startsWith(cl) && (lower.length() == cl.length() || (lower.charAt(cl.length()) != ' '
          && lower.indexOf(' ', cl.length()) < 0))) {
        // "North Koreans announced": people of the country, not an organisation ("Nigerian Communications
        // Commission" is one)
        return null;
      }
    }
    return name;
  }
}
