namespace Luoshi.Storage.Villages.Files;

/// <summary>One data row of a register file: its line (CSV) or row number (sheet), and its cells trimmed, in the
/// order of the columns asked for ("" for an absent optional column or an empty cell).</summary>
internal sealed record RegisterRow(int Number, string[] Cells);
