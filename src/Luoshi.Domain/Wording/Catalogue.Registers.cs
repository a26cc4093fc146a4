using System.Globalization;

namespace Luoshi.Domain.Wording;

public static partial class Catalogue
{
    /// <summary>The words of the registers' rows and rules: units, stations and sections, villages (the household and
    /// progress files have their own classes).</summary>
    public static class Registers
    {
        /// <summary>"第 3 行" / "line 3" (text file) or "row 3" (sheet): another row named in a message.</summary>
        public static Words RowName(int row, bool sheet)
        {
            var n = row.ToString(CultureInfo.InvariantCulture);
            return new($"第 {n} 行", sheet ? $"row {n}" : $"line {n}");
        }

        /// <summary>A unit, as a units file's rows are called.</summary>
        public static Words Unit { get; } = new("单位", "unit");

        /// <summary>A unit's code cell left empty.</summary>
        public static Words NeedCode { get; } = new("应填写代码", "expected a code");

        /// <summary>A name cell left empty.</summary>
        public static Words NeedName { get; } = new("应填写名称", "expected a name");

        /// <summary>A kind cell with another word.</summary>
        public static Words WrongKind(Words expected, string found) => Values.ExpectedFoundText(expected, found);

        /// <summary>A code a file uses twice.</summary>
        public static Words CodeUsed(string code, Words where) =>
            new($"代码“{code}”已在{where.Zh}使用", $"the code '{code}' is already used on {where.En}");

        /// <summary>A name a file uses twice.</summary>
        public static Words NameUsed(string name, Words where) =>
            new($"名称“{name}”已在{where.Zh}使用", $"the name '{name}' is already used on {where.En}");

        /// <summary>A name the ledger gives another unit.</summary>
        public static Words NameOfUnit(string name, string code) =>
            new($"名称“{name}”在台账中属于单位 {code}", $"the name '{name}' belongs to unit {code} in the ledger");

        /// <summary>A name or alias another unit already answers to.</summary>
        public static Words AliasOfUnit(string word, string code) =>
            new($"“{word}”已是单位 {code} 的名称或别名，一个简称只能指一个单位", $"'{word}' is already the name or alias of unit {code}; a short name may mean one unit only");

        /// <summary>A parent code neither in the file nor in the ledger.</summary>
        public static Words UnknownParent(string code) => new(
            $"上级代码“{code}”既不在本文件中，也不在台账中", $"unknown parent code '{code}': it is neither in this file nor in the ledger");

        /// <summary>A unit named as its own parent.</summary>
        public static Words OwnParent { get; } = new("单位不能是自己的上级", "a unit cannot be its own parent");

        /// <summary>A unit under a kind it may not sit under.</summary>
        public static Words WrongParent(Words kind, Words parentKind, string parent) => new(
            $"{kind.Zh}不能隶属于{parentKind.Zh}（{parent}）", $"a {kind.En} cannot be under a {parentKind.En} ({parent})");

        /// <summary>A station, as a stations file's rows are called.</summary>
        public static Words Station { get; } = new("站点", "station");

        /// <summary>A station's code cell left empty.</summary>
        public static Words NeedStation { get; } = new("应填写站点代码（与数据文件中的站点列一致）", "expected the station's code, as the data files name it");

        /// <summary>A coordinate out of its range.</summary>
        public static Words Coordinate(bool latitude, string found) => Values.ExpectedFoundText(latitude
            ? new("纬度（-90 到 90 度）", "a latitude in degrees from -90 to 90")
            : new("经度（-180 到 180 度）", "a longitude in degrees from -180 to 180"), found);

        /// <summary>A set named like a code.</summary>
        public static Words SetIsCode(string set) => new(
            $"集合名“{set}”同时是一个代码；目标的范围只能指集合或代码之一，请换一个名称",
            $"the set name '{set}' is also a code; a target's scope names a set or a code, so use another name");
    }
}
