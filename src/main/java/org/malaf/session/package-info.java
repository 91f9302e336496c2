/**
 * What stages keep from one build to the next within a {@code serve} session, so that a rebuild redoes
 * only the work its edit touched. Nothing here depends on a stage.
 */
package org.malaf.session;
