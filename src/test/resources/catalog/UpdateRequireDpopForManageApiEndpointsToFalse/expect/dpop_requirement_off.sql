-- no setting still requires DPoP for manage API endpoints
SELECT namespace_id FROM namespace_settings WHERE require_dpop_for_manage_api_endpoints
