using Luoshi.ReportParsing.Units;

namespace Luoshi.ReportParsing;

/// <summary>What the parser needs besides the text: the plan year (for deadlines such as 年内), the region, and the keyword → department table.</summary>
/// <param name="Explain">Also say, for each target, which words gave each part, and for each number dropped, why
/// (<c>luoshi parse --explain</c>); off by default, as it costs time and memory.</param>
public sealed record ParseOptions(int Year, string? Region, DepartmentKeywordTable Departments, bool Explain = false);
