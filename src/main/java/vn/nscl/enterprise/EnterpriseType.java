package vn.nscl.enterprise;

/** The legal form: enterprise (doanh nghiệp), cooperative (hợp tác xã) or household business (hộ kinh doanh). */
public enum EnterpriseType {
    ENTERPRISE, COOPERATIVE, HOUSEHOLD
}
