-- Each attachment of an application says which of the call's required documents it is ("Thuyết minh dự án",
-- "Báo giá"); null for other documents the enterprise adds. A submission needs one for every required document.
alter table application_attachment add column document varchar(200);
