// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.summarize;

import io.storylens.model.Link;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Independent sources: articles joined by a derivation link (exact copy, near duplicate, rewrite,
 * excerpt) form one group, so a story copied by ten outlets counts once. Union-find over the links.
 */
final class SourceGroups {
  private final Map<String, String> parent = new HashMap<>();

  SourceGroups(List<String> articleIds, List<Link> links) {
    for (String id : articleIds) {
      parent.put(id, id);
    }
    for (Link l : links) {
      if (parent.containsKey(l.from()) && parent.containsKey(l.to())) {
        union(l.from(), l.to());
      }
    }
  }

  /** The group of {@code articleId}: the smallest id in it, so the result is order-independent. */
  String group(String articleId) {
    return find(articleId);
  }

  private String find(String x) {
    String p = parent.get(x);
    if (p.equals(x)) {
      return x;
    }
    String root = find(p);
    parent.put(x, root);
    return root;
  }

  private void union(String a, String b) {
    String ra = find(a);
    String rb = find(b);
    if (!ra.equals(rb)) {
      // the smaller id becomes the root: groups are named independently of link order
      if (ra.compareTo(rb) < 0) {
        parent.put(rb, ra);
      } else {
        parent.put(ra, rb);
      }
    }
  }
}
