using Luoshi.Domain.Units;

namespace Luoshi.Domain.Wording;

public static partial class Catalogue
{
    /// <summary>Organisational units (单位): their kinds and the units file.</summary>
    public static class Units
    {
        /// <summary>市 / city, 部门 / department, 镇 / town, 街道 / subdistrict, 行政村 / village.</summary>
        public static Words Kind(OrgUnitKind kind) => kind switch
        {
            OrgUnitKind.City => new("市", "city"),
            OrgUnitKind.Department => new("部门", "department"),
            OrgUnitKind.Town => new("镇", "town"),
            OrgUnitKind.Subdistrict => new("街道", "subdistrict"),
            OrgUnitKind.Village => new("行政村", "village"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };

        /// <summary>What a kind cell may hold.</summary>
        public static Words Kinds { get; } = new(
            "单位类型（市、部门、镇、街道、村，或 city、department、town、subdistrict、village）",
            "city, department, town, subdistrict or village (市、部门、镇、街道、村)");

        /// <summary>A code.</summary>
        public static Words ACode { get; } = new("代码", "a code");

        /// <summary>A name.</summary>
        public static Words AName { get; } = new("名称", "a name");

        /// <summary>A parent that is nowhere.</summary>
        public static Words UnknownParent(string code) => new(
            $"未知的上级代码“{code}”：既不在本文件中，也不在账本中", $"unknown parent code '{code}': it is neither in this file nor in the ledger");

        /// <summary>A unit under itself.</summary>
        public static Words OwnParent { get; } = new("单位不能是自己的上级", "a unit cannot be its own parent");

        /// <summary>A unit under a kind it may not sit under.</summary>
        public static Words NotUnder(OrgUnitKind kind, OrgUnitKind parent, string code) => new(
            $"{Kind(kind).Zh}不能隶属于{Kind(parent).Zh}（{code}）", $"a {Kind(kind).En} cannot be under a {Kind(parent).En} ({code})");
    }
}
