using System.Globalization;
using Luoshi.Domain.Plans;

namespace Luoshi.Storage.Plans;

/// <summary>How the audit trail names a plan and a task: by id, which never changes on a replace.</summary>
internal static class PlanKey
{
    public static string Of(Plan plan) => plan.Id.ToString(CultureInfo.InvariantCulture);

    public static string OfTask(int planId, string taskCode) => string.Create(CultureInfo.InvariantCulture, $"{planId}/{taskCode}");
}
