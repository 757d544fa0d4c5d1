// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.entities;

import io.storylens.core.nlp.ArticleAnnotations;
import io.storylens.core.nlp.ArticleAnnotations.Mention;
import io.storylens.core.nlp.LanguageLayer;
import io.storylens.core.text.WordLists;
import io.storylens.model.Article;
import io.storylens.model.Entity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Merges NER mentions into canonical entities. Hand-written: CoreNLP's coref works inside one
 * document and costs a parse; the merges news needs across articles are simple string rules.
 */
public final class EntityResolver {
  /** A title or honorific written right before a name ("Mr. ", "President ", "Sen. "). */
  private static final Pattern TITLE_BEFORE =
      Pattern.compile(
          "((?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Prof|Adm)\\.?|President|Senator|Minister|"
              + "Secretary|Chancellor|Spokesman|Spokeswoman|Premier|Representative|Governor)\\s+$");

  /** Titles inside a span, dropped for the canonical form. */
  private static final Pattern TITLE_INSIDE =
      Pattern.compile(
          "^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Prof|Adm)\\.?|President|Senator|Minister|"
              + "Secretary|Chancellor|Premier|Governor)\\s+");

  private static final Set<String> INITIAL_SKIP =
      Set.of("of", "for", "and", "in", "the", "on", "&", "to", "at");
  private static final Set<String> PRONOUNS = WordLists.load(EntityResolver.class, "pronouns.txt");

  /** "OSCE", and the dotted style of US news ("U.S.", "U.N."), which spells the same initials. */
  private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,7}|(?:[A-Z]\\.){1,6}[A-Z]\\.?");

  private EntityResolver() {}

  /** Entities of {@code articles}, annotated (once, cached) by the shared language layer. */
  public static List<Entity> resolve(List<Article> articles) {
    return resolve(articles, LanguageLayer.shared().annotateAll(articles));
  }

  /** Entities of {@code articles} from their annotations (keyed by article id). */
  public static List<Entity> resolve(
      List<Article> articles, Map<String, ArticleAnnotations> annotations) {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(annotations, "annotations");
    Map<String, Group> groups = new TreeMap<>();
    List<Article> sorted = articles.stream().sorted(Comparator.comparing(Article::id)).toList();
    for (Article a : sorted) {
      ArticleAnnotations ann = annotations.get(a.id());
      if (ann == null) {
        continue;
      }
      for (Mention m : ann.mentions()) {
        String name = canonicalForm(m.text());
        // CoreNLP's entity mentions include pronouns ("he", "his"): names have a capital letter.
        if (name.length() < 2
            || name.chars().noneMatch(Character::isUpperCase)
            || PRONOUNS.contains(name.toLowerCase(Locale.ROOT))) {
          continue;
        }
        Group g = groups.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new Group());
        g.forms.merge(name, 1, Integer::sum);
        g.types.merge(m.type(), 1, Integer::sum);
        g.aliases.add(m.text().strip());
        String before =
            a.text().substring(Math.max(0, m.begin() - 30), Math.min(m.begin(), a.text().length()));
        Matcher t = TITLE_BEFORE.matcher(before);
        if (t.find()) {
          g.aliases.add(t.group(1) + " " + m.text().strip());
        }
        g.articles.add(a.id());
        g.outlets.add(a.outletName());
        g.mentions++;
      }
    }
    mergeLastNames(groups);
    mergeAcronyms(groups);
    List<Entity> out = new ArrayList<>();
    for (Group g : groups.values()) {
      out.add(
          new Entity(
              g.name(),
              g.type(),
              List.copyOf(g.aliases),
              List.copyOf(g.articles),
              g.mentions,
              List.copyOf(g.outlets)));
    }
    out.sort(Comparator.comparingInt(Entity::mentions).reversed().thenComparing(Entity::name));
    return out;
  }

  /** Drops titles, possessives and surrounding punctuation; collapses spaces. */
  static String canonicalForm(String surface) {
    String s = surface.strip().replaceAll("\\s+", " ");
    s = s.replaceAll("(?:'s|’s|'|’)$", "");
    String prev;
    do {
      prev = s;
      s = TITLE_INSIDE.matcher(s).replaceFirst("");
    } while (!s.equals(prev));
    if (s.toLowerCase(Locale.ROOT).startsWith("the ")) {
      s = s.substring(4);
    }
    return s.strip();
  }

  /** "Biden" joins "Joe Biden" when that is the most mentioned person ending in that name. */
  private static void mergeLastNames(Map<String, Group> groups) {
    for (String key : new ArrayList<>(groups.keySet())) {
      Group g = groups.get(key);
      if (g == null || key.contains(" ") || !g.type().equals("PERSON")) {
        continue;
      }
      Group best = null;
      for (Map.Entry<String, Group> e : groups.entrySet()) {
        if (e.getKey().endsWith(" " + key)
            && e.getValue().type().equals("PERSON")
            && (best == null || e.getValue().mentions > best.mentions)) {
          best = e.getValue();
        }
      }
      if (best != null) {
        best.absorb(g);
        groups.remove(key);
      }
    }
  }

  /** "OSCE" (or "U.S.") joins the one name whose significant words' initials spell it. */
  private static void mergeAcronyms(Map<String, Group> groups) {
    // A group's name never changes (absorbing adds aliases, not forms), so the initials of every
    // name are computed once: scanning all groups per acronym dominated large corpora.
    Map<String, List<String>> byInitials = new HashMap<>();
    for (Map.Entry<String, Group> e : groups.entrySet()) {
      byInitials
          .computeIfAbsent(initials(e.getValue().name()), k -> new ArrayList<>())
          .add(e.getKey());
    }
    for (String key : new ArrayList<>(groups.keySet())) {
      Group g = groups.get(key);
      if (g == null) {
        continue;
      }
      String form = g.name();
      if (!ACRONYM.matcher(form).matches()) {
        continue;
      }
      String letters = form.replace(".", "");
      Group target = null;
      for (String k : byInitials.getOrDefault(letters, List.of())) {
        Group o = groups.get(k);
        if (o != null && o != g) {
          target = target == null || o.mentions > target.mentions ? o : target;
        }
      }
      if (target != null) {
        target.absorb(g);
        groups.remove(key);
      }
    }
  }

  static String initials(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (!w.isEmpty() && !INITIAL_SKIP.contains(w.toLowerCase(Locale.ROOT))) {
        sb.append(Character.toUpperCase(w.charAt(0)));
      }
    }
    return sb.toString();
  }

  private static final class Group {
    final Map<String, Integer> forms = new HashMap<>();
    final Map<String, Integer> types = new TreeMap<>();
    final TreeSet<String> aliases = new TreeSet<>();
    final TreeSet<String> articles = new TreeSet<>();
    final TreeSet<String> outlets = new TreeSet<>();
    int mentions;

    /** The longest form by words, then the most frequent, then alphabetical. */
    String name() {
      return forms.entrySet().stream()
          .sorted(
              Comparator.comparingInt(
                      (Map.Entry<String, Integer> e) -> -e.getKey().split(" ").length)
                  .thenComparing(e -> -e.getValue())
                  .thenComparing(Map.Entry::getKey))
          .findFirst()
          .orElseThrow()
          .getKey();
    }

    String type() {
      return types.entrySet().stream()
          .max(
              Map.Entry.<String, Integer>comparingByValue()
                  .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
          .orElseThrow()
          .getKey();
    }

    void absorb(Group o) {
      // Keep this group's forms as the canonical candidates; the absorbed ones become aliases.
      o.types.forEach((k, v) -> types.merge(k, v, Integer::sum));
      aliases.addAll(o.aliases);
      articles.addAll(o.articles);
      outlets.addAll(o.outlets);
      mentions += o.mentions;
    }
  }
}
