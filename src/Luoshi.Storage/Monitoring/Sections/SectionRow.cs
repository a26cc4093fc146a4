using Luoshi.Indicators.Water;

namespace Luoshi.Storage.Monitoring.Sections;

/// <summary>One section of a sections file, read and checked on its own but not yet against the ledger.</summary>
internal sealed record SectionRow(int Line, string Code, string Name, WaterBody Body, WaterClass TargetClass, string Level, List<string> Sets);
