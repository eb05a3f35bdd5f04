package org.attache.evaluation;

/**
 * A gold source or target actor: the words that name it, its country or group code as the gold set writes it
 * ({@code USA}, {@code IGO}, or legacy CAMEO spellings such as {@code JAP}), and its sector, or null.
 */
public record GoldActor(String text, String code, String sector) {
}
