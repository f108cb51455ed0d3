/**
 * The shared vocabulary of the parser, read from the tables beside these classes: countries ({@link
 * io.github.undebate.parser.internal.common.Countries}), international organizations ({@link
 * io.github.undebate.parser.internal.common.Organizations}), honorifics ({@link
 * io.github.undebate.parser.internal.common.Honorifics}) and UN organs ({@link
 * io.github.undebate.parser.internal.common.Organs}). Each table is loaded once, on first use, and
 * is immutable and safe to share between threads. Each resource file says in its header where its
 * facts come from. {@link io.github.undebate.parser.internal.common.ResourceTable} reads every data
 * table of the parser; {@link io.github.undebate.parser.internal.common.Nations} resolves States
 * and organizations for both readers and says which {@link
 * io.github.undebate.parser.internal.common.Evidence} gave a speaker's field.
 */
package io.github.undebate.parser.internal.common;
