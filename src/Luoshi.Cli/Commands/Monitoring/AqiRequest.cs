namespace Luoshi.Cli.Commands.Monitoring;

/// <summary>What <c>luoshi aqi</c> was asked to do.</summary>
/// <param name="Path">The monitoring file.</param>
/// <param name="Daily">One record per station-day from hourly rows.</param>
/// <param name="CompareStandards">One record per station-year and city-year with the share of good days by both versions.</param>
/// <param name="Format">csv or json.</param>
/// <param name="OutputPath">The output file, or null for standard output.</param>
/// <param name="StationsPath">The known stations, or null.</param>
internal sealed record AqiRequest(string Path, bool Daily, bool CompareStandards, string Format, string? OutputPath, string? StationsPath);
