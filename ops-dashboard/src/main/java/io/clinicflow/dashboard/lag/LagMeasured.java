package io.clinicflow.dashboard.lag;

import java.util.List;

/** Published (in this application) after each lag measurement. */
public record LagMeasured(List<GroupLag> lags) {
}
