/**
 * Render: {@link org.malaf.link.Dossier} → HTML pages ({@link org.malaf.render.RenderedPage}) through the
 * Thymeleaf templates in {@code templates/}. Every href comes from {@link org.malaf.render.SitePath#relativeTo}.
 */
package org.malaf.render;
