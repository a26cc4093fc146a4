using System.Text;
using Luoshi.Storage.Villages;

namespace Luoshi.Storage.Tests.Villages;

/// <summary>A small region worked by hand (docs/villages.md has the same numbers): 测试市 with 大沙镇 (T1: 东升村,
/// 西岸村, 南山村, 北坑村 and the community 城中社区, which is not counted) and 江谷镇 (T2: 东升村 again, 石狗村): six
/// administrative villages. The standard 美丽宜居村2022 has four criteria worth 100 points and three tiers.</summary>
public static class VillageFixture
{
    public const string Units = "code,name,kind,parent,aliases\nC,测试市,city,,\nT1,大沙镇,town,C,大沙\nT2,江谷镇,town,C,\n";

    public const string Villages = "code,name,town,households,population,type\n"
        + "V11,东升村,T1,320,1210,\n"
        + "V12,西岸村,T1,280,990,行政村\n"
        + "V13,南山村,大沙镇,150,600,\n"
        + "V14,北坑村,大沙,,,\n"
        + "V15,城中社区,T1,900,3000,社区\n"
        + "V21,东升村,T2,410,1500,\n"
        + "V22,石狗村,T2,200,800,\n";

    // C1 scored 40 (evidence), C2 pass 20 (evidence), C3 scored 30, C4 pass 10; max 100.
    // 干净整洁村 ≥ 60 with C4; 美丽宜居村 ≥ 75 with C2 (and C4); 特色精品村 ≥ 90.
    public const string Standard = "section,code,name,kind,weight,evidence,min_score,requires\n"
        + "criterion,C1,村容村貌整洁,score,40,yes,,\n"
        + "criterion,C2,生活污水有效治理,pass,20,是,,\n"
        + "criterion,C3,农村厕所改造,score,30,no,,\n"
        + "条目,C4,无违法建设,达标,10,,,\n"
        + "tier,,干净整洁村,,,,60,C4\n"
        + "tier,,美丽宜居村,,,,75,C2\n"
        + "等级,,特色精品村,,,,90,\n";

    public const string StandardName = "美丽宜居村2022";

    // V11 38+20+28+10 = 96 特色精品村 (3-15); V12 30+20+20+10 = 80 美丽宜居村 (6-20); V13 35+0+25+10 = 70 干净整洁村, C2 failed
    // (6-20); V14 36+20+30+0 = 86 but C4 failed: no tier (9-30); V21 40+20+30+10 = 100 特色精品村 (11-10); V22 only in 2021:
    // 30+20+20+10 = 80 美丽宜居村 (2021-12-01).
    public static readonly string Assessments = "village,year,criterion,result,evidence,assessed_on\n"
        + Village("V11", 2022, "2022-03-15", "38", "pass", "28", "pass")
        + Village("V12", 2022, "2022-06-20", "30", "通过", "20", "是")
        + Village("V13", 2022, "2022-06-20", "35", "fail", "25", "pass")
        + Village("V14", 2022, "2022-09-30", "36", "pass", "30", "不达标")
        + Village("江谷镇东升村", 2022, "2022-11-10", "40", "pass", "30", "pass")
        + Village("V22", 2021, "2021-12-01", "30", "pass", "20", "pass");

    // As of 2022-10-10: facility V11 V12 V13 V22 (4 of 6), operating V11 V13 V22 (3); V21 only from 11-20; V14 never.
    public const string Sewage = "village,as_of,facility,operating,note\n"
        + "V11,2021-12-01,yes,yes,\n"
        + "V12,2022-05-10,是,否,设备待修\n"
        + "V13,2021-06-01,no,no,\n"
        + "V13,2022-08-15,有,是,\n"
        + "V15,2021-01-01,yes,yes,\n"
        + "V21,2022-11-20,yes,yes,\n"
        + "V22,2022-01-10,yes,yes,\n";

    // 2021: 12 + 8 + 5 + 9.5 | 20 + 15 = 34.5 | 35, 69.5 in all. 2022 (V22 not yet): 15 + 9 + 4 + 11 | 22 = 39 | 22, 61 in all.
    public const string Income = "village,year,income\n"
        + "V11,2021,12\nV12,2021,8\nV13,2021,5\nV14,2021,9.5\nV21,2021,20\nV22,2021,15\n"
        + "V11,2022,15\nV12,2022,9\nV13,2022,4\nV14,2022,11\nV21,2022,22\n";

    public static VillageFile Csv(string name, string text) => new(name, Encoding.UTF8.GetBytes(text));

    private static string Village(string code, int year, string day, string c1, string c2, string c3, string c4) =>
        $"{code},{year},C1,{c1},照片{code},{day}\n{code},{year},C2,{c2},验收{code},{day}\n{code},{year},C3,{c3},,{day}\n{code},{year},C4,{c4},,{day}\n";
}
