using Luoshi.Domain.Households;

namespace Luoshi.Storage.Households.Reading;

/// <summary>One household in a list: its head's name and identity number always masked.</summary>
public sealed record HouseholdListItem(
    string Number, string VillageCode, string VillageName, string HeadName, string HeadIdNumber, int Members,
    int? IncomeYear, decimal? Income, MonitoringState State, RiskTypes Risks);
