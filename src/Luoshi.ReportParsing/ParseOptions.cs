using Luoshi.ReportParsing.Units;

namespace Luoshi.ReportParsing;

/// <summary>What the parser needs besides the text: the plan year (for deadlines such as 年内), the region, and the keyword → department table.</summary>
public sealed record ParseOptions(int Year, string? Region, DepartmentKeywordTable Departments);
