using Luoshi.Domain.Households;

namespace Luoshi.Storage.Households.Reading;

/// <summary>Which households a list shows: of a unit (a town or village code; all in scope when null), in a state.</summary>
public sealed record HouseholdFilter(string? Area = null, MonitoringState? State = null);
