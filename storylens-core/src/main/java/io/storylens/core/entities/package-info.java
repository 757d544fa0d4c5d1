/**
 * Canonical entities of a story.
 *
 * <p>{@link io.storylens.core.entities.EntityResolver#resolve(java.util.List)} turns the CoreNLP
 * NER mentions of a story's articles into {@link io.storylens.model.Entity} records: honorifics and
 * titles dropped ("Mr. Biden", "President Joe Biden" are aliases of "Joe Biden"), a last name alone
 * merged into the full name seen in the same story, acronyms merged into the expansion whose
 * initials they are ("OSCE" into "Organization for Security and Cooperation in Europe"). The type
 * is the majority NER type of the merged mentions; aliases are every surface form (with the title
 * written before it); articles and outlets are sorted; output is sorted by mentions, then name.
 * Deterministic for a given input, whatever its order.
 */
package io.storylens.core.entities;
