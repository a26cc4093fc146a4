namespace Luoshi.Indicators.Water;

/// <summary>A monitoring section (断面) and the class it must meet (水质目标).</summary>
/// <param name="Id">The section's code, as sample files name it.</param>
/// <param name="Name">The section's name (五马岗).</param>
/// <param name="Body">River, or lake/reservoir.</param>
/// <param name="Target">The target class, Ⅰ–Ⅴ.</param>
public sealed record WaterSection(string Id, string Name, WaterBody Body, WaterClass Target);
