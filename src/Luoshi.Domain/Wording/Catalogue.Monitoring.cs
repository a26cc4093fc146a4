namespace Luoshi.Domain.Wording;

public static partial class Catalogue
{
    /// <summary>Air stations, water sections and their data files: registers, scopes and ingested data.</summary>
    public static partial class Monitoring
    {
        /// <summary>站点 / station.</summary>
        public static Words Station { get; } = new("站点", "station");

        /// <summary>断面 / section.</summary>
        public static Words Section { get; } = new("断面", "section");

        /// <summary>An area class that is neither.</summary>
        public static Words AreaClass(int found) => new($"功能区类别应为 1（一类区）或 2（二类区），实际为 {found}", $"expected area class 1 (一类区) or 2 (二类区), found {found}");

        /// <summary>A goal standard that is neither version.</summary>
        public static Words GoalStandard(int found) => new($"应为 HJ 633-2012 或 HJ 633-2026，实际为 {found}", $"expected HJ 633-2012 or HJ 633-2026, found {found}");

        /// <summary>A year without a finished day yet.</summary>
        public static Words NoDayEnded(int year) => new($"{year}年尚无完整的一天", $"no day of {year} has ended yet");

        /// <summary>A scope naming no member or set, while the ledger has none registered.</summary>
        public static Words NoneRegistered(Words kind, string scope, string command) => new(
            $"没有名为“{scope}”的{kind.Zh}或{kind.Zh}组：账本中还没有{kind.Zh}（{command}）",
            $"no {kind.En} or {kind.En} set '{scope}': the ledger has no {kind.En}s yet ({command})");

        /// <summary>A scope naming no member or set.</summary>
        public static Words NoSuchScope(Words kind, string scope, IReadOnlyCollection<string> sets, IEnumerable<string> codes)
        {
            var all = codes.ToList();
            return new(
                $"没有名为“{scope}”的{kind.Zh}或{kind.Zh}组（{kind.Zh}组：{(sets.Count == 0 ? "无" : string.Join("、", sets))}；{kind.Zh}：{string.Join("、", all)}）",
                $"no {kind.En} or {kind.En} set '{scope}' (sets: {(sets.Count == 0 ? "none" : string.Join(", ", sets))}; {kind.En}s: {string.Join(", ", all)})");
        }
    }
}
