// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The input files behind Hadoop path arguments (files, directories recursively, globs), each with
 * the name {@code storylens ingest} would give it: the argument as given, plus the path below it
 * for a directory. Hidden (dot) files are skipped, as locally.
 *
 * @param lineSplit JSON Lines files (by extension), read split by lines: qualified path to name
 * @param whole every other file, read whole by one task: qualified path to name
 * @param problems arguments that matched nothing
 */
record InputListing(
    Map<String, String> lineSplit, Map<String, String> whole, List<String> problems) {

  static InputListing list(Configuration conf, List<String> args) {
    Map<String, String> lines = new TreeMap<>();
    Map<String, String> whole = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (String arg : args) {
      try {
        Path p = new Path(arg);
        FileSystem fs = p.getFileSystem(conf);
        FileStatus[] matched = fs.globStatus(p);
        if (matched == null || matched.length == 0) {
          problems.add(arg + ": no such file or directory [NOT_FOUND]");
          continue;
        }
        boolean literal = matched.length == 1 && !isGlob(arg);
        for (FileStatus st : matched) {
          if (st.isDirectory()) {
            String root = fs.makeQualified(st.getPath()).toString();
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(st.getPath(), true);
            while (it.hasNext()) {
              LocatedFileStatus f = it.next();
              String q = fs.makeQualified(f.getPath()).toString();
              String rel = q.substring(root.length()).replaceFirst("^/", "");
              if (!hidden(rel)) {
                String prefix = literal ? (arg.endsWith("/") ? arg : arg + "/") : root + "/";
                put(q, prefix + rel, lines, whole);
              }
            }
          } else {
            String q = fs.makeQualified(st.getPath()).toString();
            put(q, literal ? arg : st.getPath().toUri().getPath(), lines, whole);
          }
        }
      } catch (IOException | IllegalArgumentException e) {
        problems.add(arg + ": cannot list: " + e.getMessage() + " [INVALID_INPUT]");
      }
    }
    return new InputListing(lines, whole, problems);
  }

  private static void put(
      String qualified, String name, Map<String, String> lines, Map<String, String> whole) {
    String lower = qualified.toLowerCase(Locale.ROOT);
    (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") ? lines : whole).put(qualified, name);
  }

  private static boolean hidden(String rel) {
    for (String part : rel.split("/")) {
      if (part.startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isGlob(String arg) {
    return arg.contains("*") || arg.contains("?") || arg.contains("[") || arg.contains("{");
  }
}
