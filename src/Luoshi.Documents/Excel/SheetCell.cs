namespace Luoshi.Documents.Excel;

/// <summary>One cell as read back: its text as stored, and whether Excel stored it as a number (dates are numbers too).</summary>
internal readonly record struct SheetCell(string Text, bool IsNumber);
