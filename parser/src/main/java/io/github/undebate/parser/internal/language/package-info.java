/**
 * Languages: the names of languages as records print them in "(spoke in Russian)" ({@link
 * io.github.undebate.parser.internal.language.LanguageNames}), and the language a text is written
 * in, or that it is in none ({@link io.github.undebate.parser.internal.language.TextLanguage}).
 */
package io.github.undebate.parser.internal.language;
