namespace Luoshi.Storage.Monitoring.Push;

/// <summary>One water sample pushed by a laboratory or an automatic station.</summary>
/// <param name="Section">The section's code.</param>
/// <param name="Date">yyyy-MM-dd.</param>
/// <param name="Items">Measured values by item code (ph, do, codmn, cod, bod5, nh3n, tp, …); an item not measured is left out or null.</param>
public sealed record WaterPushSample(string Section, string Date, IReadOnlyDictionary<string, decimal?> Items);
