using System.Globalization;

namespace Luoshi.Storage.SelfAssessments;

/// <summary>How the audit trail names a unit's self-assessment: the plan's id (which survives a replace) and the unit.</summary>
internal static class SelfAssessmentKey
{
    public static string Of(int planId, string unit) => string.Create(CultureInfo.InvariantCulture, $"{planId}/{unit}");
}
