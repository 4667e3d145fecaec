package dev.noblame.language;

import java.util.Arrays;

/**
 * A text cut into words and the punctuation that bounds clauses. Parallel arrays rather than
 * one object per token: the linter reads megabytes and this keeps it allocation-light.
 * Contractions are expanded ("didn't" becomes "did" + "not", "should've" becomes
 * "should" + "have") so that rules are written once; both parts keep offsets in the original.
 */
final class Tokens {
    static final byte WORD = 0;
    static final byte NUMBER = 1;
    static final byte COMMA = 2;
    /** ; : ( ) dashes and quotes: a clause ends here. */
    static final byte CLAUSE = 3;
    /** . ! ? and line breaks that start a new item: a sentence ends here. */
    static final byte SENTENCE = 4;

    int size;
    byte[] kind = new byte[64];
    int[] start = new int[64];
    int[] end = new int[64];
    String[] norm = new String[64];
    /** First letter upper case in the source. */
    boolean[] cap = new boolean[64];
    /** Two or more letters, all upper case (IT, DBA, SOC). */
    boolean[] allCaps = new boolean[64];
    /** Written with 's or s' (Bob's, engineers'); norm has it removed. */
    boolean[] possessive = new boolean[64];
    /** First word of a sentence or list item. */
    boolean[] sentenceStart = new boolean[64];
    /** A question mark closes this token's sentence. */
    boolean[] question = new boolean[64];

    void add(byte k, int s, int e, String n, boolean capital, boolean upper, boolean poss, boolean first) {
        if (size == kind.length) {
            int cap2 = size * 2;
            kind = Arrays.copyOf(kind, cap2);
            start = Arrays.copyOf(start, cap2);
            end = Arrays.copyOf(end, cap2);
            norm = Arrays.copyOf(norm, cap2);
            cap = Arrays.copyOf(cap, cap2);
            allCaps = Arrays.copyOf(allCaps, cap2);
            possessive = Arrays.copyOf(possessive, cap2);
            sentenceStart = Arrays.copyOf(sentenceStart, cap2);
            question = Arrays.copyOf(question, cap2);
        }
        kind[size] = k;
        start[size] = s;
        end[size] = e;
        norm[size] = n;
        cap[size] = capital;
        allCaps[size] = upper;
        possessive[size] = poss;
        sentenceStart[size] = first;
        size++;
    }

    boolean isWord(int i) {
        return i >= 0 && i < size && kind[i] <= NUMBER;
    }

    boolean isBoundary(int i) {
        return i < 0 || i >= size || kind[i] >= CLAUSE;
    }

    String word(int i) {
        return isWord(i) ? norm[i] : null;
    }

    /** Index of the first token of the sentence holding token i. */
    int sentenceStartOf(int i) {
        int j = i;
        while (j > 0 && kind[j - 1] != SENTENCE) {
            j--;
        }
        return j;
    }
}
