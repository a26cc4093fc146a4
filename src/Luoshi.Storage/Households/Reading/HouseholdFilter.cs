using Luoshi.Domain.Households;

namespace Luoshi.Storage.Households.Reading;

/// <summary>Which households a list shows: of a unit (a town or village code; all in scope when null), in a state, and
/// with <paramref name="Words"/> in the head's name, the village's or town's name, or as the household's number.</summary>
public sealed record HouseholdFilter(string? Area = null, MonitoringState? State = null, string? Words = null);
