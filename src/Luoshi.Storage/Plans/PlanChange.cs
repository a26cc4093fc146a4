using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;

namespace Luoshi.Storage;

/// <summary>What the office changes on a plan after import: when units report, and where the lights change; null
/// leaves a field as it is.</summary>
public sealed record PlanChange(ReportingCadence? Cadence = null, StatusThresholds? Thresholds = null);
