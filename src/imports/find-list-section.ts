/** Finding the list of signatories inside the full text of a statement. */

export interface ListSection {
  text: string;
  /** Number of lines of the statement before the section, so entry line numbers can refer to the whole text. */
  lineOffset: number;
  heading: string;
}

const LIST_HEADING =
  /^(?:list of (?:the )?(?:signator(?:y|ies)|signing|endorsing)\b.*|(?:signatory|endorsing|signing) (?:organi[sz]ations|groups|members)|signatories|signed(?: by)?|endorsed by|co-?signed by|(?:yours )?sincerely|organi[sz]ations (?:that have )?signed(?: on)?)\s*[:,.]?$/i;

/**
 * The text after the heading that introduces the signatories
 * ("List of signatory organisations", "Signatories:", "Signed,"); the last
 * such heading wins, because the list closes a statement. Null when the text
 * has no such heading (it is probably the list alone).
 */
export function findSignatoryListSection(statement: string): ListSection | null {
  const lines = statement.replace(/\r\n?/g, '\n').split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!.replace(/[\f\u00A0]/g, ' ').trim();
    if (line.length <= 80 && LIST_HEADING.test(line)) {
      return { text: lines.slice(i + 1).join('\n'), lineOffset: i + 1, heading: line };
    }
  }
  return null;
}
