namespace ReportFunctions.Core.Model;

/// <summary>What a row of table 三 stands for in the rules R1 and R3.</summary>
public enum ApplicationsRowRole
{
    /// <summary>一、本年新收.</summary>
    NewlyReceived,
    /// <summary>二、上年结转.</summary>
    CarriedOver,
    /// <summary>One of the 21 result leaves of 三、本年度办理结果.</summary>
    Result,
    /// <summary>三（七）总计.</summary>
    Total,
    /// <summary>四、结转下年度继续办理.</summary>
    CarriedForward,
}
