namespace QCFramework.Statistics;

/// <summary>Which end of the score indicates the positive class.</summary>
public enum RocDirection
{
    /// <summary>Higher scores indicate positives (pROC's direction "&lt;": controls &lt; cases).</summary>
    HigherIsPositive,

    /// <summary>Lower scores indicate positives (pROC's direction "&gt;"), e.g. vBMD for osteoporosis.</summary>
    LowerIsPositive,
}
