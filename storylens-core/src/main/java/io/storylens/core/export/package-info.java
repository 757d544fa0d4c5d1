/**
 * Dossier exports: JSON (the {@code dossiers} entries of {@code storylens.json}), Markdown, a
 * standalone HTML page (inline CSS, no scripts or external assets) and TimelineJS 3 JSON. Pick one
 * with {@link io.storylens.core.export.ExportFormat}; {@link io.storylens.core.export.DossierFiles}
 * writes every format for each storyline. Contract: deterministic output, and every untrusted
 * string (titles, sentences, quotes, outlet names, URLs) is escaped for the target format.
 */
package io.storylens.core.export;
