namespace Luoshi.ReportParsing.Input;

/// <summary>Text decoded from a legacy Chinese encoding, or the byte offset where no encoding could read on.</summary>
/// <param name="Text">The text, or null when no candidate encoding reads the bytes.</param>
/// <param name="Encoding">"gb18030" or "big5" when <paramref name="Text"/> is set.</param>
/// <param name="InvalidAt">When <paramref name="Text"/> is null, the furthest byte offset any candidate reached.</param>
internal readonly record struct LegacyDecoding(string? Text, string Encoding, int InvalidAt);
