-- What else the portal's pages show (0012's cache): the 信息索引 box, the site's identity in every footer,
-- and the attachments listed under 附件. A change to any of them drops every process's cached pages.
CREATE TRIGGER content_info_portal_changed AFTER INSERT OR UPDATE OR DELETE
  ON content_info FOR EACH STATEMENT EXECUTE FUNCTION notify_portal_changed();
CREATE TRIGGER site_settings_portal_changed AFTER INSERT OR UPDATE OR DELETE
  ON site_settings FOR EACH STATEMENT EXECUTE FUNCTION notify_portal_changed();
CREATE TRIGGER attachments_portal_changed AFTER INSERT OR UPDATE OR DELETE
  ON attachments FOR EACH STATEMENT EXECUTE FUNCTION notify_portal_changed();
