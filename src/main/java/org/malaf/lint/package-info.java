/**
 * Lint: rendered pages and {@code static/**}{@code /*.css} → problems about right-to-left layout and
 * Arabic text. Run by the build after render and before write (errors stop the build, warnings print)
 * and by {@code malaf check}. Entry point: {@link org.malaf.lint.RtlLinter}.
 *
 * <p>Each rule has an id, printed in brackets at the end of its message. Errors:
 * <ul>
 *   <li>{@code html-root}: {@code <html lang="ar" dir="rtl">}.</li>
 *   <li>{@code meta-charset}: {@code <meta charset="utf-8">}.</li>
 *   <li>{@code css-direction}: no {@code direction} property in CSS; direction belongs in the markup.</li>
 *   <li>{@code css-bidi-override}: no {@code unicode-bidi: embed | bidi-override} (the CSS form of U+202A–202E).</li>
 *   <li>{@code css-physical}: no physical sides in CSS: {@code margin-left/right}, {@code padding-*},
 *       {@code border-left/right*}, {@code left}/{@code right}, physical corner radii, {@code scroll-margin/padding-left/right},
 *       {@code float}/{@code clear}/{@code text-align(-last)} with {@code left}/{@code right}, and four-value
 *       {@code margin}/{@code padding}/{@code inset} shorthands whose left and right differ.</li>
 *   <li>{@code css-letter-spacing}: no {@code letter-spacing} other than {@code 0} or {@code normal}.</li>
 *   <li>{@code ltr-run}: a run holding a Latin letter, in a block with Arabic letters, must be inside
 *       {@code <bdi>} or an element with a {@code dir} attribute (below {@code <body>}).</li>
 *   <li>{@code bidi-control}: no U+202A–202E anywhere in a page.</li>
 *   <li>{@code presentation-form}: no U+FB50–FDFF or U+FE70–FEFE (except the ornate parentheses U+FD3E/FD3F).</li>
 *   <li>{@code tatweel}: no U+0640 between two Arabic letters; at a word's edge («الـ», «ـه») it shows a
 *       letter form and is allowed. ZWJ and ZWNJ are never reported.</li>
 *   <li>{@code digit-mix}: a number (digits joined by {@code . , ٫ ٬}) uses one family: 0-9, ٠-٩ or ۰-۹.</li>
 *   <li>{@code input-dir}: text, search fields and {@code <textarea>} carry {@code dir="auto"}; email, url
 *       and tel fields {@code dir="auto"} or {@code dir="ltr"}.</li>
 * </ul>
 * Warnings (they point at a weakness that the current data does not yet expose, or at text that may be
 * meant literally):
 * <ul>
 *   <li>{@code number-run}: an ASCII number in Arabic text outside {@code <bdi>}/{@code dir}. The bidi
 *       algorithm (rule W2) already keeps most such numbers in place, so this is advice, not a failure.</li>
 *   <li>{@code data-slot}: a template slot for data of unknown direction ({@link org.malaf.lint.PageLinter#DATA_SLOTS},
 *       e.g. {@code .card__title a}) with no {@code <bdi>} or {@code dir} in or around it. A Latin value
 *       in it would be an {@code ltr-run} error.</li>
 *   <li>{@code arrow}: ← → ⇐ ⇒ ⟵ ⟶ in text, unless inside an element with {@code dir} or class
 *       {@code mirrored}; they do not mirror in right-to-left text.</li>
 * </ul>
 *
 * <p>Exceptions in CSS: a comment {@code lint-allow: GROUP} on the declaration's line exempts it, with
 * GROUP one of {@code physical}, {@code direction}, {@code bidi-override}, {@code letter-spacing}
 * (several separated by commas), e.g. {@code .logo { margin-left: 1rem; } /* lint-allow: physical *}{@code /}.
 *
 * <p>Each rule is reported once per file, at its first place, with the number of further places, so a
 * template mistake rendered on every page gives one line per page, not hundreds.
 */
package org.malaf.lint;
