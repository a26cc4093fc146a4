using Luoshi.Domain.Periods;
using Luoshi.Domain.Progress;

namespace Luoshi.Web.Pages;

/// <summary>Reports to list, with the calendar that names their periods (2022-09, 2022Q3).</summary>
public sealed record ReportListView(IReadOnlyList<ReportSummary> Reports, ReportingCalendar Calendar);
