namespace Luoshi.Storage.Tests.Households;

/// <summary>A small region for the register's tests: 测试市 (C) with 大沙镇 (T1: 东升村 V11, 西江村 V12), 江谷镇 (T2: 南山村
/// V21) and one department; identity numbers whose check characters were worked out by GB 11643 MOD 11-2.</summary>
public static class Register
{
    public const string Units = "code,name,kind,parent,aliases\n"
        + "C,测试市,city,,\n"
        + "D1,测试市人力资源和社会保障局,department,C,人社局\n"
        + "T1,大沙镇,town,C,\n"
        + "T2,江谷镇,town,C,\n"
        + "V11,东升村,village,T1,\n"
        + "V12,西江村,village,T1,\n"
        + "V21,南山村,village,T2,\n";

    public const string Header = "household,village,head,id_number,year,income,members,risks,source,hardship_on\n";

    // Check characters by the weights of GB 11643 clause 8.2, e.g. for Zhang: 4·7+4·9+0·10+7·5+8·8+4·4+1·2+9·1+8·6+0·3
    // +0·7+1·9+0·10+1·5+1·8+2·4+3·2 = 274, 274 mod 11 = 10 → 2.
    public const string Zhang = "440784198001011232";
    public const string ZhangWife = "44078419850215002X";
    public const string ZhangSon = "440784201003010035";
    public const string Wang = "440784195207080045";
    public const string Zhao = "440784197811110051";
    public const string Qian = "440784199005050065";
    public const string Sun = "440784197003120075";

    /// <summary>张三明 in 东升村 (5,800.50 yuan, under a 6,000 line), 王五 in 西江村 (9,000), 赵六 in 南山村 (12,000).</summary>
    public static string Three(int year = 2021) => Header
        + $"H001,V11,张三明,{Zhang},{year},5800.50,李四/{ZhangWife}/配偶;张小明/{ZhangSon}/子女,illness|因学,,\n"
        + $"H002,V12,王五,{Wang},{year},9000,,,,\n"
        + $"H003,V21,赵六,{Zhao},{year},12000,,,,\n";
}
