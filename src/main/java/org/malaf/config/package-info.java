/**
 * Configuration: YAML read with positions ({@link org.malaf.config.YamlReader}), the dossier's settings
 * ({@link org.malaf.config.DossierConfig}) and the glyph map of the source font. Input: {@code seeds/dossier.yaml}.
 */
package org.malaf.config;
