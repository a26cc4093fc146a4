namespace Luoshi.ReportParsing.Input;

/// <summary>A report as text, with where it came from and how its bytes were decoded.</summary>
/// <param name="Name">The file name shown in messages and stored as the plan's source.</param>
/// <param name="Encoding">The encoding the bytes were read with (utf-8, gb18030, big5, utf-16, docx).</param>
public sealed record ReportText(string Name, string Text, string Encoding);
