/**
 * Vietnamese for the Sveltia CMS interface strings that its own vi.json
 * lacks (or leaves in English), keyed by the dotted path of its en-US.json.
 * src/cms/locale.ts merges them into the locales/vi.json that /admin/ serves;
 * tests/unit/cms-locale.test.ts fails when a key of the installed CMS's
 * English locale has no Vietnamese string there, so an upgrade that adds
 * strings is caught before a clerk sees English. Placeholders ({$name}) and
 * the plural syntax (.input … .match) are those of the English, except where
 * a label names the content's language, which a one-language portal leaves out.
 */
export const cmsInterfaceVi: Readonly<Record<string, string>> = {
  select_item: 'Chọn {$name}',
  folders: 'Thư mục',
  more_folders: 'Thêm thư mục',
  sign_in_using_access_token_workflow_note: 'Vì quy trình duyệt bài đang bật, mã cũng phải có quyền đọc/ghi yêu cầu hợp nhất.',
  sign_in_with_link: 'Đăng nhập bằng liên kết',
  sign_in_with_link_confirmation:
    'Liên kết này đăng nhập bạn với tài khoản {$account} trên {$service} và chép các thiết lập từ thiết bị đã tạo ra nó. Chỉ tiếp tục nếu chính bạn tạo liên kết này.',
  domain: 'Tên miền',
  file_unavailable: 'Không mở được',
  file_unavailable_description: 'Không tải được tệp này. Có thể tệp đã bị chuyển đi hoặc bị xóa.',
  back_to_parent_folder: 'Về thư mục cha',
  new_folder: 'Thư mục mới',
  new_folder_name: 'Tên thư mục',
  new_folder_create: 'Tạo',
  new_folder_description: 'Thư mục mới sẽ được tạo trong “{$folder}”.',
  'new_folder_error.empty': 'Tên thư mục không được để trống.',
  'new_folder_error.invalid': 'Tên thư mục không được chứa dấu gạch chéo hay bắt đầu bằng dấu chấm.',
  'new_folder_error.duplicate': 'Ở đây đã có thư mục hoặc tệp trùng tên.',
  creating_folder: 'Đang tạo thư mục…',
  creating_folder_failed: 'Không tạo được thư mục.',
  folder_options: 'Tùy chọn thư mục',
  show_folder_options: 'Hiện tùy chọn thư mục',
  rename_folder: 'Đổi tên thư mục',
  delete_folder: 'Xóa thư mục',
  enter_new_name_for_folder:
    '.input {$count :integer} .match $count 0 {{Nhập tên mới bên dưới.}} 1 {{Nhập tên mới bên dưới. Tệp trong thư mục sẽ được chuyển theo, và bài viết nào dùng tệp này sẽ được cập nhật.}} * {{Nhập tên mới bên dưới. {$count} tệp trong thư mục sẽ được chuyển theo, và các bài viết dùng chúng sẽ được cập nhật.}}',
  enter_new_name_for_external_folder:
    '.input {$count :integer} .match $count 0 {{Nhập tên mới bên dưới.}} 1 {{Nhập tên mới bên dưới. Tệp trong thư mục sẽ được chuyển theo và địa chỉ của tệp sẽ đổi, nên hãy sửa bài viết nào dùng tệp này.}} * {{Nhập tên mới bên dưới. {$count} tệp trong thư mục sẽ được chuyển theo và địa chỉ của chúng sẽ đổi, nên hãy sửa các bài viết dùng chúng.}}',
  confirm_deleting_folder:
    '.input {$count :integer} .match $count 0 {{Bạn có chắc chắn muốn xóa thư mục trống “{$name}” không?}} 1 {{Bạn có chắc chắn muốn xóa thư mục “{$name}” và tệp trong đó không?}} * {{Bạn có chắc chắn muốn xóa thư mục “{$name}” và {$count} tệp trong đó không?}}',
  renaming_folder: 'Đang đổi tên thư mục…',
  renaming_folder_failed: 'Không đổi được tên thư mục.',
  deleting_folder: 'Đang xóa thư mục…',
  deleting_folder_failed: 'Không xóa được thư mục.',
  replace_file: 'Thay tệp',
  replace_image: 'Thay ảnh',
  remove_file: 'Gỡ tệp',
  remove_image: 'Gỡ ảnh',
  deleting_referenced_assets_note:
    '.input {$count :integer} .match $count 1 {{Chỗ dùng tệp này trong một bài viết cũng sẽ bị gỡ.}} * {{Chỗ dùng tệp này trong {$count} bài viết cũng sẽ bị gỡ.}}',
  cannot_delete_referenced_assets:
    '.input {$count :integer} .match $count 1 {{Không xóa được tệp này, vì các trường dưới đây trong những bài viết dùng nó sẽ không còn hợp lệ. Hãy sửa các bài viết đó trước.}} * {{Không xóa được các tệp này, vì các trường dưới đây trong những bài viết dùng chúng sẽ không còn hợp lệ. Hãy sửa các bài viết đó trước.}}',
  deleting_referenced_entries_note:
    '.input {$count :integer} .match $count 1 {{Chỗ nhắc đến bài này trong một bài viết khác cũng sẽ bị gỡ.}} * {{Chỗ nhắc đến bài này trong {$count} bài viết khác cũng sẽ bị gỡ.}}',
  cannot_delete_referenced_entries:
    '.input {$count :integer} .match $count 1 {{Không xóa được bài viết này, vì các trường dưới đây trong những bài viết khác sẽ không còn hợp lệ. Hãy sửa các bài viết đó trước.}} * {{Không xóa được các bài viết này, vì các trường dưới đây trong những bài viết khác sẽ không còn hợp lệ. Hãy sửa các bài viết đó trước.}}',
  show_errors: 'Xem lỗi',
  folder_created: 'Đã tạo thư mục.',
  folder_path: 'Đường dẫn thư mục',
  folder_contents: 'Nội dung',
  x_folders: '.input {$count :integer} .match $count 0 {{Không có thư mục}} * {{{$count} thư mục}}',
  folder_renamed: 'Đã đổi tên thư mục.',
  folder_deleted: 'Đã xóa thư mục.',
  'entry_sidebar.slug.title': 'Đường dẫn tĩnh',
  'entry_sidebar.slug.generated_on_save': 'Đường dẫn tĩnh được tạo từ nội dung bài khi lưu. Ngày giờ trong đó (nếu có) là ngày giờ lưu.',
  'entry_sidebar.slug.unavailable': 'Bài viết này không có đường dẫn tĩnh.',
  'save_conflict.title': 'Bài viết đã bị người khác sửa',
  'save_conflict.modified_by': '{$name} đã sửa bài viết này lúc {$date}, sau khi bạn mở nó.',
  'save_conflict.modified': 'Bài viết này đã được sửa trong kho nội dung sau khi bạn mở nó.',
  'save_conflict.deleted': 'Bài viết này đã bị xóa khỏi kho nội dung sau khi bạn mở nó.',
  'save_conflict.overwrite_warning': 'Nếu lưu bây giờ, những thay đổi của người kia sẽ mất.',
  'save_conflict.recreate_warning': 'Nếu lưu bây giờ, bài viết sẽ được tạo lại.',
  'save_conflict.save_anyway': 'Vẫn lưu',
  'save_conflict.branch_moved': 'Trong lúc lưu, kho nội dung vừa được người khác cập nhật. Vui lòng thử lại.',
  'remote_change.reload_entry': 'Tải lại bài viết',
  'remote_change.confirm_reloading_entry': 'Bạn có chắc chắn muốn tải lại bài viết? Những thay đổi chưa lưu sẽ mất.',
  list_item_options: 'Tùy chọn mục trong danh sách',
  'relation_field.save_together_hint': '{$name} mới sẽ được lưu cùng bài viết bạn đang sửa.',
  'relation_field.add_failed': 'Không thêm được {$name}. Xem bảng điều khiển của trình duyệt để biết chi tiết.',
  'assets_dialog.title.folder': 'Chọn thư mục',
  'assets_dialog.selected_folder': 'Thư mục đã chọn: {$path}',
  'assets_dialog.selected_folders': '.input {$count :integer} .match $count 1 {{Đã chọn một thư mục}} * {{Đã chọn {$count} thư mục}}',
  'assets_dialog.no_subfolders': 'Thư mục này không có thư mục con.',
  'cloud_storage.bunny_storage.auth_key_label': 'Mật khẩu vùng lưu trữ',
  'config.error.invalid_sanitize_replacement':
    'Tùy chọn `sanitize_replacement` đang là `{$replacement}`, nhưng có ký tự không dùng được trong đường dẫn tĩnh, nên không thể thay thế ký tự khác.',
  'config.error.invalid_url_option': 'Tùy chọn `{$option}` đang là `{$url}`, nhưng phải là địa chỉ đầy đủ, bắt đầu bằng `https://` hoặc `http://`.',
  'config.error.i18n_no_locales': 'Tùy chọn `i18n.locales` phải có ít nhất một ngôn ngữ.',
  'config.error.i18n_invalid_default_locale': 'Tùy chọn `default_locale` đang là `{$locale}`, nhưng ngôn ngữ này không có trong `locales`.',
  'config.error.i18n_invalid_initial_locale': 'Tùy chọn `initial_locales` có `{$locale}`, nhưng ngôn ngữ này không có trong `locales`.',
  'config.error.invalid_identifier_field': 'Tùy chọn `identifier_field` chỉ đến `{$name}`, nhưng chuyên mục không có trường này.',
  'config.error.invalid_filter_field': 'Tùy chọn `filter` chỉ đến `{$name}`, nhưng chuyên mục không có trường này.',
  'config.error.invalid_filter_no_condition': 'Tùy chọn `filter` phải có `value` hoặc `pattern` để lọc bài viết.',
  'config.error.option_field_not_found': 'Tùy chọn `{$option}` chỉ đến `{$name}`, nhưng không có trường này.',
  'config.error.thumbnail_field_not_media': 'Tùy chọn `thumbnail` chỉ đến `{$name}`, nhưng trường đó phải là trường ảnh hoặc tệp, không phải trường `{$widget}`.',
  'config.error.invalid_regex': 'Tùy chọn `{$option}` có biểu thức chính quy sai `{$pattern}`, nên bị bỏ qua.',
  'config.error.invalid_view_filter_no_condition': 'Bộ lọc hiển thị thứ {$count} phải có tùy chọn `pattern` hoặc một phép so sánh như `eq` hay `gte` để lọc bài viết.',
  'config.error.invalid_view_group_default': 'Tùy chọn `default` của `view_groups` đang là `{$name}`, nhưng không có nhóm hiển thị nào tên như vậy.',
  'config.error.invalid_view_filter_default': 'Tùy chọn `default` của `view_filters` đang là `{$name}`, nhưng không có bộ lọc hiển thị nào tên như vậy.',
  'config.error.collection_folder_i18n_required': 'Chuyên mục phải khai báo tùy chọn `i18n` nếu đường dẫn `folder` dùng chỗ trống `locale`.',
  'config.error.invalid_collection_folder_locale':
    'Đường dẫn `folder` `{$folder}` không hợp lệ. Chỗ trống `locale` chỉ được dùng một lần, làm trọn một tên thư mục, như `content/\\{\\{locale\\}\\}/posts`.',
  'config.error.invalid_range_options': 'Tùy chọn `{$min}` không được lớn hơn tùy chọn `{$max}`.',
  'config.error.invalid_step': 'Tùy chọn `step` đang là `{$step}`, nhưng phải lớn hơn 0.',
  'config.error.select_field_no_options': 'Trường chọn phải có ít nhất một mục trong tùy chọn `options`.',
  'config.error.select_field_duplicate_option': 'Các `options` của trường chọn không được trùng nhau, nhưng `{$value}` xuất hiện hơn một lần.',
  'config.error.select_field_invalid_default': 'Tùy chọn `default` của trường chọn đang là `{$value}`, nhưng giá trị này không có trong `options`.',
  'config.error.list_field_no_subfields': 'Tùy chọn `fields` hoặc `types` của trường danh sách phải có ít nhất một mục. Bỏ tùy chọn này nếu là danh sách giá trị đơn.',
  'config.error.list_field_invalid_default_object':
    'Tùy chọn `default` của trường danh sách có một đối tượng, nhưng mỗi mục phải là giá trị đơn vì trường không có `fields` hay `types`.',
  'config.error.list_field_invalid_default_item':
    'Tùy chọn `default` của trường danh sách có `{$value}`, nhưng mỗi mục phải là một đối tượng vì trường có `fields` hoặc `types`.',
  'config.error.list_field_invalid_default_key': 'Tùy chọn `default` của trường danh sách có mục mang thuộc tính `{$key}`, nhưng không có trường con nào tên như vậy.',
  'config.error.list_field_default_missing_type':
    'Tùy chọn `default` của trường danh sách có mục thiếu thuộc tính `{$typeKey}`, thuộc tính cho biết mục thuộc loại nào trong `types`.',
  'config.error.list_field_invalid_default_type':
    'Tùy chọn `default` của trường danh sách có mục với thuộc tính `{$typeKey}` là `{$value}`, nhưng loại này không có trong `types`.',
  'config.error.invalid_default_multiple': 'Tùy chọn `default` phải là một mảng vì tùy chọn `multiple` là `true`.',
  'config.error.invalid_default_single': 'Tùy chọn `default` phải là một giá trị, không phải mảng, vì tùy chọn `multiple` không phải `true`.',
  'config.error.object_field_invalid_default_key': 'Tùy chọn `default` của trường đối tượng có thuộc tính `{$key}`, nhưng không có trường con nào tên như vậy.',
  'config.error.object_field_default_missing_type':
    'Tùy chọn `default` của trường đối tượng thiếu thuộc tính `{$typeKey}`, thuộc tính cho biết nó thuộc loại nào trong `types`.',
  'config.error.object_field_invalid_default_type':
    'Thuộc tính `{$typeKey}` trong tùy chọn `default` của trường đối tượng là `{$value}`, nhưng loại này không có trong `types`.',
  'config.error.code_field_invalid_default_object': 'Tùy chọn `default` của trường mã nguồn phải là chuỗi vì tùy chọn `output_code_only` là `true`.',
  'config.error.code_field_invalid_default_key':
    'Tùy chọn `default` của trường mã nguồn có thuộc tính `{$key}`, nhưng tùy chọn `keys` chỉ cho phép `{$code}` và `{$lang}`.',
  'config.error.number_field_default_not_integer':
    'Tùy chọn `default` của trường số đang là `{$value}`, nhưng phải là số nguyên vì tùy chọn `value_type` là `{$valueType}`.',
  'config.error.number_field_default_not_number': 'Tùy chọn `default` của trường số đang là `{$value}`, nhưng phải là một số vì tùy chọn `value_type` là `{$valueType}`.',
  'config.error.object_field_no_subfields': 'Tùy chọn `fields` hoặc `types` của trường đối tượng phải có ít nhất một mục.',
  'config.error.relation_field_invalid_display_field': 'Trường hiển thị được tham chiếu `{$field}` không hợp lệ hoặc chưa được khai báo.',
  'config.error.relation_field_invalid_search_field': 'Trường tìm kiếm được tham chiếu `{$field}` không hợp lệ hoặc chưa được khai báo.',
  'config.error.relation_field_invalid_filter_field': 'Trường lọc được tham chiếu `{$field}` không hợp lệ hoặc chưa được khai báo.',
  'config.warning.missing_identifier_field':
    'Chuyên mục không có trường `{$name}` để đặt tên bài mới, nên mỗi bài mới nhận một đường dẫn ngẫu nhiên. Hãy thêm trường `{$name}`, hoặc đặt tùy chọn `identifier_field` hay `slug`.',
  'config.warning.slug_i18n_ineffective':
    'Tùy chọn `i18n` của `slug` không có tác dụng, vì chuyên mục không dùng cấu trúc đa ngôn ngữ `multiple_files`, `multiple_folders` hay `multiple_root_folders`, nơi mỗi ngôn ngữ có tệp riêng.',
  'config.warning.i18n_not_configured':
    'Tùy chọn `i18n` đang bật, nhưng đa ngôn ngữ chưa được cấu hình ở cấp cao nhất của cấu hình hay trong chuyên mục, nên tùy chọn này không có tác dụng.',
  'status.deploying': 'Đang xuất bản',
  'workflow.deploying_deletion': 'Đang xóa',
  // Left in English, or with English words, by the CMS's own Vietnamese locale.
  'open_authoring.fork': 'Tạo bản sao',
  'open_authoring.fork_repository': 'Tạo bản sao của kho mã nguồn',
  'open_authoring.confirm_forking_repository':
    'Để đề xuất thay đổi cho “{$repo}”, cần tạo một bản sao của kho mã nguồn trên tài khoản của bạn. Các thay đổi của bạn sẽ được lưu vào bản sao đó và được người quản trị xem xét trước khi xuất bản.',
  'open_authoring.fork_declined': 'Bạn cần có một bản sao của kho mã nguồn trên tài khoản của mình để đề xuất thay đổi.',
  'open_authoring.fork_failed': 'Không thể tạo bản sao của kho mã nguồn “{$repo}” trên tài khoản của bạn.',
  'open_authoring.forking_disabled': 'Kho mã nguồn “{$repo}” không cho phép tạo bản sao. Hãy đề nghị người quản trị bật tính năng này cho kho.',
  'open_authoring.contributing_via_fork': 'Các thay đổi của bạn được lưu vào bản sao của kho mã nguồn này tại “{$repo}” và được xem xét trước khi xuất bản.',
  'open_authoring.view_fork': 'Xem bản sao',
  'asset_location.stock_photos': 'Ảnh từ thư viện ảnh trực tuyến',
  'prefs.media.stock_photos.api_keys.title': 'Khóa API dịch vụ thư viện ảnh',
  'prefs.media.stock_photos.api_keys.description': 'Quản lý khóa API cho các <a>dịch vụ thư viện ảnh</a>.',
  'prefs.media.stock_photos.no_services': 'Chưa cấu hình <a>dịch vụ thư viện ảnh</a>.',
  'prefs.advanced.deploy_hook.auth.field_label': 'Thông tin xác thực gửi kèm (ví dụ: Bearer <mã>) (không bắt buộc)',
  'prefs.advanced.deploy_hook.auth.saved': 'Đã lưu thông tin xác thực.',
  'prefs.advanced.deploy_hook.auth.removed': 'Đã xóa thông tin xác thực.',
  'file_type_labels.bmp': 'Ảnh BMP',
  'file_type_labels.rtf': 'Tài liệu RTF',
  '_sui.role_descriptions.menu_item_group': 'nhóm mục trình đơn',
  'config.error.invalid_repository': 'Kho mã nguồn được cấu hình không hợp lệ. Giá trị phải có định dạng “chủ sở hữu/tên kho”.',
  'config.error.invalid_transformation_key':
    'Tùy chọn `transformations` chứa khóa `{$key}` không được hỗ trợ. Khóa phải là `raster_image`, `svg` hoặc một định dạng ảnh điểm được hỗ trợ.',
  'config.error.invalid_slug_slash':
    'Mẫu đường dẫn tĩnh `{$slug}` không hợp lệ vì không được chứa dấu gạch chéo. Để sắp xếp các bài viết trong thư mục con, hãy sử dụng tùy chọn `path` thay cho `slug`.',
  'config.error.schema_value_type.boolean': 'một giá trị đúng/sai',
  // The portal has one language: the CMS's internal name for it ("_default") is left out of these labels.
  edit_x_locale: 'Chỉnh sửa nội dung',
  preview_x_locale: 'Xem trước nội dung',
  show_content_options_x_locale: 'Hiển thị tùy chọn nội dung',
  content_options_x_locale: 'Tùy chọn nội dung',
};
